global using EstateCommons.Domain;
global using NodaTime;
global using Stripe;

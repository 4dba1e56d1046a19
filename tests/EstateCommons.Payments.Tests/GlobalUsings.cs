global using EstateCommons.Domain;
global using EstateCommons.Payments.Stripe;
global using EstateCommons.StripeFake;
global using NodaTime;

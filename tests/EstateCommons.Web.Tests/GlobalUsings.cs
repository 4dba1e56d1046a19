global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using EstateCommons.Server.Tests;
global using NodaTime;
global using Xunit;

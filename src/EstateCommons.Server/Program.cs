using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Bootstrap;
using EstateCommons.Server.Hosting;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddEstateCommonsSilo();
builder.AddEstateCommonsDocuments();
builder.AddEstateCommonsAuth();
builder.AddEstateCommonsErrors();
builder.AddEstateCommonsBootstrap();
builder.Services.AddHttpContextAccessor();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseEstateCommonsErrors();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapStartPage();
app.MapAccountsApi();
app.MapTrustsApi();
app.MapSitesApi();
app.MapAvailabilityApi();
app.MapOrganisationsApi();
app.MapBookingsApi();
app.MapLicencesApi();
app.MapSellersApi();
app.MapMarketsApi();
app.MapMarketDaysApi();
app.MapMarketTradingApi();
app.MapFootfallApi();
app.MapWhatsOnApi();
app.Run();

public partial class Program;

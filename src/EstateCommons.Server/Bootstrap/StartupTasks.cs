using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Hosting;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Bootstrap;

/// <summary>
/// Runs once the silo is up: makes the configured platform admin, then (when asked, and only into an empty
/// estate) seeds the demo estate and says how to sign in. Both are safe when several silos start at once.
/// </summary>
public sealed class StartupTasks(
    IOptions<EstateCommonsOptions> options,
    IGrainFactory grains,
    PasswordHashing passwords,
    DemoData demo,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var grainsDirectory = Path.Combine(settings.FullDataPath, "grains");
        // Shared storage has no local directory to look at; there the seed's own claim (its first account) decides.
        var empty = settings.Storage.Provider != StorageProvider.File
            || !Directory.Exists(grainsDirectory) || !Directory.EnumerateFileSystemEntries(grainsDirectory).Any();
        logger.LogInformation("EstateCommons data directory: {DataPath}", settings.FullDataPath);

        if (AccountsApi.NormaliseEmail(settings.Bootstrap.AdminEmail) is { } adminEmail && !string.IsNullOrEmpty(settings.Bootstrap.AdminPassword))
        {
            var admin = grains.GetGrain<IAccountGrain>(adminEmail);
            // An existing account keeps its password: configuration only creates the admin, it never resets it.
            await admin.Register("Platform admin", passwords.Hash(adminEmail, settings.Bootstrap.AdminPassword), false, false);
            await admin.GrantPlatformAdmin();
        }
        if (settings.SeedDemo && empty && await demo.Seed())
        {
            logger.LogWarning("{Instructions}", demo.SignInInstructions(settings));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

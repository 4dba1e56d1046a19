using Azure.Storage.Blobs;
using EstateCommons.Storage.AzureBlob.Documents;
using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// Where uploaded documents are kept, chosen here and nowhere else (local files under the data directory, or Blob
/// Storage with Storage:Provider AzureBlob), so the API never knows which.
/// </summary>
public static class DocumentStorage
{
    // Room for what a multipart form wraps around the file: boundaries, part headers and the kind field.
    private const long FormFramingBytes = 64 * 1024;

    public static WebApplicationBuilder AddEstateCommonsDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DocumentPolicy.Default);
        builder.Services.AddSingleton<IDocumentStore>(services =>
        {
            var app = services.GetRequiredService<IOptions<EstateCommonsOptions>>().Value;
            var policy = services.GetRequiredService<DocumentPolicy>();
            var clock = services.GetRequiredService<IClock>();
            var blob = app.Storage.AzureBlob;
            return app.Storage.Provider switch
            {
                // Links are signed against real time, which the storage service checks, whatever the application's clock says.
                StorageProvider.AzureBlob => new BlobDocumentStore(
                    new BlobContainerClient(blob.ConnectionString, blob.Container), AzureBlobSettings.DocumentsPrefix, policy, clock, TimeProvider.System),
                _ => new LocalFileDocumentStore(Path.Combine(app.FullDataPath, "documents"), policy, clock),
            };
        });
        return builder;
    }

    /// <summary>
    /// Lets an endpoint take a request body as large as the document policy allows a file to be (with its form framing),
    /// while the rest of the API keeps the server-wide limit.
    /// </summary>
    public static TBuilder AcceptsDocumentUploads<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder
    {
        endpoint.Add(e => e.Metadata.Add(new BodySizeLimit(e.ApplicationServices.GetRequiredService<DocumentPolicy>().MaxSizeInBytes + FormFramingBytes)));
        return endpoint;
    }

    private sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}

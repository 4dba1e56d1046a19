using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// Where uploaded documents are kept, chosen here and nowhere else, so another store (blob storage) can replace the
/// local files without the API noticing.
/// </summary>
public static class DocumentStorage
{
    // Room for what a multipart form wraps around the file: boundaries, part headers and the kind field.
    private const long FormFramingBytes = 64 * 1024;

    public static WebApplicationBuilder AddEstateCommonsDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DocumentPolicy.Default);
        builder.Services.AddSingleton<IDocumentStore>(services => new LocalFileDocumentStore(
            Path.Combine(services.GetRequiredService<IOptions<EstateCommonsOptions>>().Value.FullDataPath, "documents"),
            services.GetRequiredService<DocumentPolicy>(),
            services.GetRequiredService<IClock>()));
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

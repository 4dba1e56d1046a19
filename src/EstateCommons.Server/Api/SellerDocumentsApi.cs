using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Hosting;
using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>A seller's compliance documents: uploaded by its members, seen by whoever may see the seller's full record.</summary>
public static class SellerDocumentsApi
{
    // Long enough to start a download on a slow connection, short enough that a link copied elsewhere soon stops working.
    private static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapSellerDocuments(this RouteGroupBuilder sellers)
    {
        sellers.MapPost("/{sellerId}/documents", Upload).AcceptsDocumentUploads().Accepts<UploadDocumentForm>("multipart/form-data")
            .WithSummary("Upload a compliance document (PDF, JPEG or PNG, up to 10 MB) as multipart/form-data: the field kind (InsuranceCertificate, HygieneCertificate or FoodBusinessRegistration), then the field file. Its members.");
        sellers.MapGet("/{sellerId}/documents", List).WithSummary("The seller's documents. " + SellersApi.FullRecordReaders);
        sellers.MapGet("/{sellerId}/documents/{documentId}", Download).WithSummary("A document's bytes, as a download; where documents are in blob storage, a 302 to a read-only link valid for five minutes. " + SellersApi.FullRecordReaders);
        sellers.MapDelete("/{sellerId}/documents/{documentId}", Delete).WithSummary("Remove a document. Its members.");
        return sellers;
    }

    /// <summary>
    /// The same download for the seller pages at <c>{prefix}/{sellerId}/documents/{documentId}</c>, signed in by the page
    /// cookie (the /api route stays bearer-only); a refusal is a bare status, so the web's error pages answer it.
    /// </summary>
    public static IEndpointRouteBuilder MapSellerDocumentDownloads(this IEndpointRouteBuilder app, string prefix)
    {
        app.MapGet($"{prefix}/{{sellerId}}/documents/{{documentId}}", async (string sellerId, string documentId, HttpResponse response, CallerAccessor caller, IGrainFactory grains, IDocumentStore store, CancellationToken cancellationToken) =>
                (await Download(sellerId, documentId, response, caller, grains, store, cancellationToken)).Result switch
                {
                    ProblemHttpResult problem => Results.StatusCode(problem.StatusCode),
                    var download => download,
                })
            .RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Created<SellerDocumentView>, ProblemHttpResult>> Upload(
        string sellerId, HttpRequest request, CallerAccessor caller, IGrainFactory grains, IDocumentStore store, CancellationToken cancellationToken)
    {
        var (_, problem) = await SellersApi.OwnSeller(sellerId, caller, grains);
        if (problem is not null) return problem;

        var (kind, upload, formProblem) = await DocumentUploadReader.Read(request, Owner(sellerId), cancellationToken);
        if (formProblem is not null) return formProblem;
        SellerDocument document;
        try
        {
            document = await Keep(sellerId, kind, upload!, grains, store, cancellationToken);
        }
        catch (DocumentRefusedException refused)
        {
            return Problems.Refused(refused);
        }
        return TypedResults.Created($"/api/sellers/{sellerId}/documents/{document.DocumentId}", SellerDocumentView.Of(document));
    }

    /// <summary>
    /// Stores an upload and lists it on the seller's record. Throws <see cref="DocumentRefusedException"/> when the
    /// document policy refuses the file (nothing is kept then).
    /// </summary>
    internal static async Task<SellerDocument> Keep(string sellerId, SellerDocumentKind kind, DocumentUpload upload, IGrainFactory grains, IDocumentStore store, CancellationToken cancellationToken)
    {
        var stored = await store.Save(upload, cancellationToken);
        var m = stored.Metadata;
        var document = new SellerDocument(m.Id.ToString(), kind, m.FileName, m.ContentType, m.SizeInBytes, m.UploadedAt);
        try
        {
            await grains.GetGrain<ISellerGrain>(sellerId).AddDocument(document);
        }
        catch
        {
            // Not on the seller's record, so nobody could ever reach it: do not keep it.
            await store.Delete(stored.Id, CancellationToken.None);
            throw;
        }
        return document;
    }

    internal static string Owner(string sellerId) => $"seller/{sellerId}";

    private static async Task<Results<Ok<SellerDocumentList>, ProblemHttpResult>> List(string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (seller, problem) = await SellersApi.VisibleSeller(sellerId, caller, grains);
        return problem ?? (Results<Ok<SellerDocumentList>, ProblemHttpResult>)TypedResults.Ok(new SellerDocumentList(seller!.Documents.Select(SellerDocumentView.Of).ToList()));
    }

    private static async Task<Results<FileStreamHttpResult, RedirectHttpResult, ProblemHttpResult>> Download(
        string sellerId, string documentId, HttpResponse response, CallerAccessor caller, IGrainFactory grains, IDocumentStore store, CancellationToken cancellationToken)
    {
        var (seller, problem) = await SellersApi.VisibleSeller(sellerId, caller, grains);
        if (problem is not null) return problem;
        // Served only when this seller's record lists it and the store agrees whose it is, so no seller's URL reaches another's document.
        if (!seller!.Documents.Any(d => d.DocumentId == documentId) || !DocumentId.TryParse(documentId, out var id)) return Problems.Missing("Document");
        var link = await store.DownloadLink(id, DownloadLinkLifetime, cancellationToken);
        if (link is not null)
        {
            if ((await store.Describe(id, cancellationToken))?.Owner != Owner(sellerId)) return Problems.Missing("Document");
            // The link works for anyone holding it until it expires, so nothing on the way may keep it.
            response.Headers.CacheControl = "no-store";
            return TypedResults.Redirect(link.AbsoluteUri);
        }
        var content = await store.Open(id, cancellationToken);
        if (content is null) return Problems.Missing("Document");
        if (content.Metadata.Owner != Owner(sellerId))
        {
            await content.DisposeAsync();
            return Problems.Missing("Document");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content.Stream, content.Metadata.ContentType, fileDownloadName: content.Metadata.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string sellerId, string documentId, CallerAccessor caller, IGrainFactory grains, IDocumentStore store)
    {
        var (_, problem) = await SellersApi.OwnSeller(sellerId, caller, grains);
        if (problem is not null) return problem;
        // Off the seller's record first, so it is never listed without its bytes; then the bytes go, even if the caller has hung up.
        if (!await grains.GetGrain<ISellerGrain>(sellerId).RemoveDocument(documentId)) return Problems.Missing("Document");
        if (DocumentId.TryParse(documentId, out var id)) await store.Delete(id, CancellationToken.None);
        return TypedResults.NoContent();
    }
}

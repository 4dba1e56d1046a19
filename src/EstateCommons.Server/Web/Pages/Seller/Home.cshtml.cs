using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>
/// A seller's own page: their profile and compliance records, what needs putting right (insurance ending or lapsed),
/// and their documents, with a form to upload another (stored as the API stores it, under the same document policy).
/// </summary>
[Authorize]
[RequestSizeLimit(UploadLimitBytes)]
public sealed class HomeModel(CallerAccessor caller, IGrainFactory grains, IClock clock, IDocumentStore store) : PageModel
{
    // Above the document policy's own limit, so a file that is too large is refused by the policy, next to the field.
    private const long UploadLimitBytes = 16 * 1024 * 1024;

    public SellerSnapshot? Seller { get; private set; }

    public IReadOnlyList<ComplianceWarning> Warnings { get; private set; } = [];

    [BindProperty]
    public SellerDocumentKind? Kind { get; set; }

    [BindProperty]
    public IFormFile? DocumentFile { get; set; }

    [TempData]
    public string? Uploaded { get; set; }

    /// <summary>Set by the edit page after saving the business details.</summary>
    [TempData]
    public string? Saved { get; set; }

    public static string KindName(SellerDocumentKind kind) => kind switch
    {
        SellerDocumentKind.InsuranceCertificate => "Public liability insurance certificate",
        SellerDocumentKind.HygieneCertificate => "Food hygiene certificate",
        SellerDocumentKind.FoodBusinessRegistration => "Food business registration",
        _ => kind.ToString(),
    };

    public async Task<IActionResult> OnGet(string sellerId) => await Load(sellerId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpload(string sellerId, CancellationToken cancellationToken)
    {
        if (!await Load(sellerId)) return NotFound();
        if (Kind is not { } kind || !Enum.IsDefined(kind)) ModelState.AddModelError(nameof(Kind), "Choose what the document is.");
        if (DocumentFile is not { Length: > 0 }) ModelState.AddModelError(nameof(DocumentFile), "Choose a PDF, JPEG or PNG file to upload.");
        if (!ModelState.IsValid) return Page();

        await using var content = DocumentFile!.OpenReadStream();
        var upload = new DocumentUpload(SellerDocumentsApi.Owner(sellerId), Kind!.Value.ToString(), Path.GetFileName(DocumentFile.FileName), DocumentFile.ContentType ?? "", content);
        try
        {
            await SellerDocumentsApi.Keep(sellerId, Kind.Value, upload, grains, store, cancellationToken);
        }
        catch (DocumentRefusedException refused)
        {
            ModelState.AddModelError(nameof(DocumentFile), refused.Message);
            return Page();
        }
        Uploaded = $"{KindName(Kind.Value)} uploaded: {upload.FileName}";
        return RedirectToPage(new { sellerId });
    }

    private async Task<bool> Load(string sellerId)
    {
        Seller = await SellerPage.Own(sellerId, caller, grains);
        if (Seller is null) return false;
        Warnings = Seller.Profile.Compliance.WarningsOn(clock.GetCurrentInstant().InZone(SellerView.Zone).Date);
        return true;
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EstateCommons.Server.Web.Forms;

/// <summary>A form field's id, its first error (if any) and what was typed, read from the page's model state.</summary>
public sealed record FieldState(string Id, string? Error, string? Attempted)
{
    public string HintId => $"{Id}-hint";

    public string ErrorId => $"{Id}-error";

    public static FieldState Of(ViewContext view, string name)
    {
        var entry = view.ViewData.ModelState.TryGetValue(name, out var found) ? found : null;
        return new FieldState(IdFor(name), entry?.Errors.FirstOrDefault()?.ErrorMessage, entry?.AttemptedValue);
    }

    /// <summary>The element id of the field a model-state key names; the error summary links to it.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public string? AttemptedValue(object? model) => Attempted ?? model?.ToString();

    /// <summary>The ids of the hint and error message, for the field's aria-describedby.</summary>
    public string? DescribedBy(bool hasHint)
    {
        var ids = new[] { hasHint ? HintId : null, Error is null ? null : ErrorId }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public IHtmlContent ErrorMessage() => Error is null
        ? HtmlString.Empty
        : new HtmlString($"<span class=\"nhsuk-error-message\" id=\"{ErrorId}\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(Error)}</span>");
}

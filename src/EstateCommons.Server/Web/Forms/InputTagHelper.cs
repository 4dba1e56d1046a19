using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EstateCommons.Server.Web.Forms;

/// <summary>
/// An NHS.UK text input with its label, hint and error message, bound to a page property:
/// <c>&lt;nhsuk-input for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>. When the property
/// has an error in model state the group shows it next to the field, as the NHS.UK error pattern asks.
/// </summary>
[HtmlTargetElement("nhsuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>An NHS.UK width class suffix, such as 20 for <c>nhsuk-input--width-20</c>.</summary>
    public string? Width { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.Of(ViewContext, For.Name);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.Error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(field.Error is null ? "nhsuk-input" : "nhsuk-input nhsuk-input--error");
        if (Width is not null) input.AddCssClass($"nhsuk-input--width-{Width}");
        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = For.Name;
        input.Attributes["type"] = Type;
        // A password is never sent back to the browser, even to correct it.
        if (Type != "password" && field.AttemptedValue(For.Model) is { Length: > 0 } value) input.Attributes["value"] = value;
        if (Autocomplete is not null) input.Attributes["autocomplete"] = Autocomplete;
        if (Type is "email" or "password") input.Attributes["spellcheck"] = "false";
        if (field.DescribedBy(Hint is not null) is { } describedBy) input.Attributes["aria-describedby"] = describedBy;

        var content = output.Content;
        content.AppendHtml($"<label class=\"nhsuk-label\" for=\"{field.Id}\">{HtmlEncoder.Default.Encode(Label)}</label>");
        if (Hint is not null) content.AppendHtml($"<div class=\"nhsuk-hint\" id=\"{field.HintId}\">{HtmlEncoder.Default.Encode(Hint)}</div>");
        content.AppendHtml(field.ErrorMessage());
        content.AppendHtml(input);
    }
}

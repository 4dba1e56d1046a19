using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EstateCommons.Server.Web.Forms;

public static class FieldErrors
{
    /// <summary>
    /// Puts the domain's field errors (named as the API names them, such as <c>email</c>) against the page's properties
    /// (<c>Email</c>), in the order the fields appear on the form, so the error summary reads top to bottom.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, params string[] formOrder)
    {
        foreach (var error in errors.OrderBy(e => Position(formOrder, e.Field)))
        {
            state.AddModelError(Property(error.Field), error.Message);
        }
    }

    private static int Position(string[] formOrder, string field)
    {
        var index = Array.FindIndex(formOrder, f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    private static string Property(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}

using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Api;

public static class BookingsApi
{
    /// <summary>The longest reason a manager may give for rejecting a booking.</summary>
    public const int MostRejectReasonLength = 1000;

    public static RouteGroupBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bookings").WithTags("Bookings").RequireAuthorization();
        api.MapPost("/", Create).WithSummary(
            "Book a space once or weekly/fortnightly (all or nothing). When it costs something and payments are on, the bookings are held " +
            "as PendingPayment and the answer's payment carries the checkout URL and when the hold ends; with payments off they are " +
            "confirmed and listed to invoice. 503 payment-unavailable when the payment provider cannot be reached. Members of the organisation booking.");
        api.MapGet("/{id}", Get).WithSummary("One booking. Members of its organisation and managers of its site.");
        api.MapDelete("/{id}", Cancel).WithSummary(
            "Cancel a booking; scope=thisAndFollowing cancels the rest of its series too. A paid booking is refunded by the space's " +
            "cancellation policy, in full when a manager of the site cancels; a booking waiting for payment is cancelled with every " +
            "occurrence its checkout covers. Members of its organisation and managers of its site.");
        api.MapPost("/{id}/approve", Approve).WithSummary("Approve a booking pending approval. Managers of its site.");
        api.MapPost("/{id}/no-show", MarkNoShow).WithSummary("Record that the booker did not come to a confirmed booking that has started. Managers of its site.");
        api.MapPost("/{id}/reject", Reject).WithSummary("Reject a booking pending approval; anything paid for it is refunded in full. Managers of its site.");
        return api;
    }

    private static async Task<Results<Created<BookingsCreated>, ProblemHttpResult>> Create(
        CreateBookingRequest body, CallerAccessor caller, IGrainFactory grains, IOptions<PaymentHoldOptions> holds)
    {
        var errors = new List<FieldError>();
        var (outcome, problem) = await Book(body, errors, caller, grains, holds.Value.Hold);
        if (problem is not null) return problem;
        if (outcome!.SpaceMissing) return Problems.Missing("Space");
        if (outcome.PaymentUnavailable) return Problems.Unavailable("The payment provider could not be reached, so nothing was booked or held. Try again shortly.");
        if (outcome.Succeeded)
        {
            var views = outcome.Booked.Select(BookingView.Of).ToList();
            var payment = outcome.Payment is { } started ? PaymentView.Of(started) : null;
            return TypedResults.Created($"/api/bookings/{views[0].Id}", new BookingsCreated(views, payment));
        }
        return BookingFailure.ToProblem(outcome);
    }

    /// <summary>
    /// Books for the caller as the API does, for the API and the booking pages alike: the request's shape (its
    /// <paramref name="errors"/>, named as the API names fields), then membership of the organisation, then the space's say.
    /// </summary>
    public static async Task<(BookingOutcome? Outcome, ProblemHttpResult? Problem)> Book(
        CreateBookingRequest body, List<FieldError> errors, CallerAccessor caller, IGrainFactory grains, Duration paymentHold)
    {
        var request = BookingRequestReader.Read(body, errors);
        if (request is null) return (null, Problems.Invalid(errors));
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (!me.BelongsTo(body.OrganisationId!)) return (null, Problems.NotAllowed("You can book only for organisations you are a member of."));
        if (await grains.GetGrain<IOrganisationGrain>(body.OrganisationId!).Get() is not { } organisation) return (null, Problems.Missing("Organisation"));

        var space = new SpaceRef(body.SiteId!, body.SpaceId!);
        return (await grains.GetGrain<ISpaceGrain>(space.Key).Book(request with { OrganisationKind = organisation.Kind, BookedBy = me.Email }, paymentHold), null);
    }

    private static async Task<Results<Ok<BookingView>, ProblemHttpResult>> Get(string id, CallerAccessor caller, IGrainFactory grains)
    {
        var (booking, _, problem) = await VisibleBooking(id, caller, grains);
        return problem ?? (Results<Ok<BookingView>, ProblemHttpResult>)TypedResults.Ok(BookingView.Of(booking!));
    }

    private static async Task<Results<Ok<BookingsChanged>, ProblemHttpResult>> Cancel(string id, string? scope, CallerAccessor caller, IGrainFactory grains)
    {
        CancelScope cancelScope;
        if (scope is null || scope.Equals("thisOccurrence", StringComparison.OrdinalIgnoreCase)) cancelScope = CancelScope.ThisOccurrence;
        else if (scope.Equals("thisAndFollowing", StringComparison.OrdinalIgnoreCase)) cancelScope = CancelScope.ThisAndFollowing;
        else return Problems.Invalid("scope", "scope is thisOccurrence (the default) or thisAndFollowing.");

        var (change, problem) = await CancelForCaller(id, cancelScope, caller, grains);
        return problem ?? ToResult(change!);
    }

    /// <summary>Cancels a booking the caller may see, as a member of its organisation or (when not one) as a manager of its site.</summary>
    public static async Task<(BookingChange? Change, ProblemHttpResult? Problem)> CancelForCaller(string id, CancelScope scope, CallerAccessor caller, IGrainFactory grains)
    {
        var (booking, space, problem) = await VisibleBooking(id, caller, grains);
        if (problem is not null) return (null, problem);
        var me = (await caller.Current())!;
        // Only members and the site's managers get this far; a manager who is also a member cancels as a member.
        var byManager = !me.BelongsTo(booking!.OrganisationId);
        return (await space!.Cancel(id, scope, me.Email, byManager), null);
    }

    private static async Task<Results<Ok<BookingsChanged>, ProblemHttpResult>> Approve(string id, CallerAccessor caller, IGrainFactory grains)
    {
        var (space, me, problem) = await ManagedBooking(id, caller, grains);
        return problem ?? ToResult(await space!.Approve(id, me!.Email));
    }

    private static async Task<Results<Ok<BookingsChanged>, ProblemHttpResult>> MarkNoShow(string id, CallerAccessor caller, IGrainFactory grains)
    {
        var (space, me, problem) = await ManagedBooking(id, caller, grains);
        return problem ?? ToResult(await space!.MarkNoShow(id, me!.Email));
    }

    private static async Task<Results<Ok<BookingsChanged>, ProblemHttpResult>> Reject(string id, RejectRequest? body, CallerAccessor caller, IGrainFactory grains)
    {
        if (body?.Reason is { Length: > MostRejectReasonLength }) return Problems.Invalid("reason", $"Keep the reason under {MostRejectReasonLength} characters.");
        var (space, me, problem) = await ManagedBooking(id, caller, grains);
        return problem ?? ToResult(await space!.Reject(id, me!.Email, body?.Reason));
    }

    private static Results<Ok<BookingsChanged>, ProblemHttpResult> ToResult(BookingChange change) =>
        change.NotFound ? Problems.Missing("Booking")
        : change.PaymentUnavailable ? Problems.Unavailable(change.Problem!)
        : change.Problem is { } problem ? Problems.WrongState(problem)
        : TypedResults.Ok(new BookingsChanged(
            change.Changed.Select(BookingView.Of).ToList(),
            (change.Refunds ?? []).Select(r => new BookingRefundView(r.BookingId, r.PaymentId, r.Amount.MinorUnits)).ToList(),
            change.Note));

    /// <summary>The booking when the caller belongs to its organisation or manages its site.</summary>
    public static async Task<(Booking? Booking, ISpaceGrain? Space, ProblemHttpResult? Problem)> VisibleBooking(string id, CallerAccessor caller, IGrainFactory grains)
    {
        if (!BookingId.TryParse(id, out var at, out _)) return (null, null, Problems.Missing("Booking"));
        var space = grains.GetGrain<ISpaceGrain>(at.Key);
        if (await space.GetBooking(id) is not { } booking) return (null, null, Problems.Missing("Booking"));
        if (await caller.Current() is not { } me) return (null, null, Problems.SignInRequired());
        if (me.BelongsTo(booking.OrganisationId) || await ManagesSpace(me, space)) return (booking, space, null);
        return (null, null, Problems.NotAllowed("Only the booking organisation's members and the site's managers see this booking."));
    }

    /// <summary>The booking's space and the caller, when the caller manages the booking's site.</summary>
    internal static async Task<(ISpaceGrain? Space, AccountProfile? Me, ProblemHttpResult? Problem)> ManagedBooking(string id, CallerAccessor caller, IGrainFactory grains)
    {
        if (!BookingId.TryParse(id, out var at, out _)) return (null, null, Problems.Missing("Booking"));
        var space = grains.GetGrain<ISpaceGrain>(at.Key);
        if (await space.GetBooking(id) is null) return (null, null, Problems.Missing("Booking"));
        if (await caller.Current() is not { } me) return (null, null, Problems.SignInRequired());
        if (!await ManagesSpace(me, space)) return (null, null, Problems.NotAllowed("Only the site's managers approve, reject or mark no-shows on bookings."));
        return (space, me, null);
    }

    private static async Task<bool> ManagesSpace(AccountProfile me, ISpaceGrain space) =>
        me.IsPlatformAdmin || (await space.Get() is { } snapshot && me.Manages(snapshot.TrustId));
}

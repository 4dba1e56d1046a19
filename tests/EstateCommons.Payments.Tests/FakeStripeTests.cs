using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace EstateCommons.Payments.Tests;

/// <summary>The fake's own contract where the gateway's tests do not reach it: Stripe's refusals and replay headers on the wire.</summary>
public sealed class FakeStripeTests : AgainstFakeStripe
{
    private static readonly string[] PaymentForm =
        ["mode=payment", "line_items[0][quantity]=1", "line_items[0][price_data][currency]=gbp",
         "line_items[0][price_data][unit_amount]=4500", "line_items[0][price_data][product_data][name]=Room"];

    [Fact]
    public async Task Request_without_the_secret_key_gets_stripes_401()
    {
        using var http = new HttpClient();

        var answer = await http.PostAsync($"{Stripe.BaseUrl}/v1/checkout/sessions", Form(PaymentForm));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("invalid_request_error", (string)(await Error(answer))["type"]!);
    }

    [Fact]
    public async Task Same_key_and_parameters_replay_the_first_answer_and_say_so()
    {
        using var http = Authorised();

        var first = await http.SendAsync(Keyed(PaymentForm, "key-1"));
        var again = await http.SendAsync(Keyed(PaymentForm, "key-1"));

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, Stripe.Count("checkout.session"));
    }

    [Fact]
    public async Task Same_key_with_other_parameters_is_an_idempotency_error()
    {
        using var http = Authorised();

        await http.SendAsync(Keyed(PaymentForm, "key-1"));
        var other = await http.SendAsync(Keyed([.. PaymentForm, "customer_email=someone@example.org"], "key-1"));

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("idempotency_error", (string)(await Error(other))["type"]!);
    }

    [Fact]
    public async Task Unknown_parameter_is_refused_by_name()
    {
        using var http = Authorised();

        var answer = await http.SendAsync(Keyed([.. PaymentForm, "payment_method_types[0]=card"], "key-1"));

        var error = await Error(answer);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("parameter_unknown", (string)error["code"]!);
        Assert.Equal("payment_method_types[0]", (string)error["param"]!);
    }

    [Fact]
    public async Task Unknown_object_is_a_404_resource_missing()
    {
        using var http = Authorised();

        var answer = await http.GetAsync($"{Stripe.BaseUrl}/v1/checkout/sessions/cs_test_nothing");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("resource_missing", (string)(await Error(answer))["code"]!);
    }

    private HttpClient Authorised() =>
        new() { DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Stripe.SecretKey) } };

    private HttpRequestMessage Keyed(string[] form, string key) =>
        new(HttpMethod.Post, $"{Stripe.BaseUrl}/v1/checkout/sessions") { Content = Form(form), Headers = { { "Idempotency-Key", key } } };

    private static FormUrlEncodedContent Form(string[] pairs) =>
        new(pairs.Select(pair => pair.Split('=', 2)).Select(parts => KeyValuePair.Create(parts[0], parts[1])));

    private static async Task<JsonObject> Error(HttpResponseMessage answer) =>
        JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["error"]!.AsObject();
}

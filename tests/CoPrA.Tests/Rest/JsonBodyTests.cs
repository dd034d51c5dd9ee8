using System.Text.Json;
using System.Text.Json.Nodes;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.Rest;

/// <summary>
/// JsonBody is the one writer of request bodies: nested objects, arrays, request records, models
/// written by their JSON contract and a caller's JsonObject come out as the text the other paths
/// (Utf8JsonWriter callbacks, JsonSerializer, JsonNode.ToJsonString) wrote before.
/// </summary>
public class JsonBodyTests
{
    [Fact]
    public void Nested_objects_and_arrays_are_written_in_the_order_added()
    {
        using var body = new JsonBody()
            .Add("currency", "ETH")
            .StartObject("to").Add("address", "0xabc").AddIfPresent("destination_tag", (string?)null).EndObject()
            .AddArray("order_ids", new[] { "o-1", "o-2" })
            .AddArray("addresses", new[] { new AddressBookEntryRequest("ETH", "0xabc", "cold") { Network = "ethereum" } })
            .AddIfPresent("travel_rule_data", (TravelRuleData?)null)
            .Add("amount", 1.50m);

        Assert.Equal(
            """{"currency":"ETH","to":{"address":"0xabc"},"order_ids":["o-1","o-2"],"addresses":[{"currency":"ETH","to":{"address":"0xabc"},"label":"cold","network":"ethereum"}],"amount":"1.50"}""",
            body.Build());
    }

    [Fact]
    public void A_request_record_nests_records_and_writes_the_api_date_object()
    {
        var data = new TravelRuleData("Ada Lovelace", "Charles Babbage")
        {
            OriginatorLastName = "Lovelace",
            OriginatorAddress = new StreetAddress { City = "London", Country = "GB" },
            OriginatorDateOfBirth = new DateOnly(1815, 12, 10),
            AttestVerifiedWalletOwnership = true,
        };

        Assert.Equal(
            """{"originator_name":"Ada Lovelace","originator_natural_name":{"last_name":"Lovelace"},"originator_address":{"city":"London","country":"GB"},"originator_date_of_birth":{"year":1815,"month":12,"day":10},"beneficiary_name":"Charles Babbage","originating_vasp_for_intermediary":{"attest_verified_wallet_ownership":true}}""",
            JsonBody.Of(data));
    }

    [Fact]
    public void A_callers_JsonObject_is_written_as_ToJsonString_writes_it()
    {
        var data = new JsonObject
        {
            ["product_id"] = "BTC-USD",
            ["size"] = 0.0100m,
            ["count"] = 3,
            ["note"] = "<a & \"b\"> é",
            ["nothing"] = null,
            ["flags"] = new JsonArray(true, false, null),
            ["nested"] = new JsonObject { ["inner"] = new JsonObject { ["x"] = 1.5 } },
        };

        Assert.Equal(data.ToJsonString(), JsonBody.Of(data));
    }

    [Fact]
    public void An_advanced_trade_order_is_written_as_its_json_contract_wrote_it_members_kept_from_an_answer_included()
    {
        var kept = JsonSerializer.Deserialize("""{"brand_new_variant":{"size":"1.0"}}""", AdvancedTradeJsonContext.Default.OrderConfiguration)!;
        var full = new CreateOrderRequest
        {
            ClientOrderId = "id-1",
            ProductId = "BTC-USD",
            Side = OrderSide.Sell,
            OrderConfiguration = OrderConfiguration.LimitGtd(25000.50m, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), baseSize: 0.0100m, postOnly: true),
            AttachedOrderConfiguration = AttachedOrderConfiguration.TriggerBracket(26000.00m, 24000.0m),
            SelfTradePreventionId = "stp-1",
            Leverage = 2.0m,
            MarginType = MarginType.Cross,
            RetailPortfolioId = "",
            PreviewId = "p-1",
        };
        var bare = new PreviewOrderRequest { ProductId = "ETH-USD", Side = OrderSide.Buy, OrderConfiguration = kept };

        Assert.Equal(JsonSerializer.Serialize(full, AdvancedTradeJsonContext.Default.CreateOrderRequest), JsonBody.Of(full));
        Assert.Equal(JsonSerializer.Serialize(bare, AdvancedTradeJsonContext.Default.PreviewOrderRequest), JsonBody.Of(bare));
        Assert.Contains("\"brand_new_variant\":{\"size\":\"1.0\"}", JsonBody.Of(bare), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_travel_rule_requests_write_the_originator_members_alike()
    {
        var address = new StreetAddress { Address1 = "1 Main St", Country = "US" };
        var deposit = new TravelRuleRequest("0xabc", "Ada", "GB") { VaspId = "v-1", VaspCountry = "US", LeiNumber = "lei", OriginatorAddress = address, WalletType = WalletType.SelfHosted, IsSelfCertified = true };
        var transfer = new TransferTravelRuleRequest("Ada", "GB") { VaspId = "v-1", VaspCountry = "US", LeiNumber = "lei", BusinessAddress = address, WalletType = WalletType.SelfHosted, IsSelfCertified = true };

        const string Members = "\"originator_name\":\"Ada\",\"originator_country\":\"GB\",\"vasp_id\":\"v-1\",\"vasp_country\":\"US\",\"lei_number\":\"lei\",\"{0}\":{\"address_1\":\"1 Main St\",\"country\":\"US\"},\"wallet_type\":\"SELF_HOSTED\",\"is_self_certified\":true}";
        Assert.Equal("{\"address\":\"0xabc\"," + Members.Replace("{0}", "originator_address", StringComparison.Ordinal), JsonBody.Of(deposit));
        Assert.Equal("{" + Members.Replace("{0}", "business_address", StringComparison.Ordinal), JsonBody.Of(transfer));
    }
}

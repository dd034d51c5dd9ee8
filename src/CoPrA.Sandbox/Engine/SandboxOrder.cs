using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Engine;

/// <summary>
/// An order inside the engine. Mutable; every change happens under its product's lock, and the
/// REST and feed layers read it only there (through <see cref="ToModel"/>).
/// </summary>
internal sealed class SandboxOrder
{
    public SandboxOrder(OrderRequest request, SandboxUser owner, SandboxProduct product, DateTimeOffset createdAt)
    {
        Owner = owner;
        Product = product;
        Side = request.Side;
        Type = request.Type;
        Price = request.Price;
        Size = request.Size;
        SpecifiedFunds = request.Funds;
        TimeInForce = request.Price is null ? null : request.TimeInForce;
        CancelAfter = request.CancelAfter;
        PostOnly = request.PostOnly;
        Stp = request.Stp;
        Stop = request.Stop;
        StopPrice = request.StopPrice;
        ClientOid = request.ClientOid;
        CreatedAt = createdAt;
        RemainingSize = request.Size;
        Status = OrderStatus.Pending;
    }

    public string Id { get; } = Guid.NewGuid().ToString();

    public SandboxUser Owner { get; }

    public SandboxProduct Product { get; }

    public Side Side { get; }

    public OrderType Type { get; }

    /// <summary>Limit price; null for market orders. Changed only by an edit.</summary>
    public decimal? Price { get; set; }

    /// <summary>Size asked for; null for orders by funds. Changed only by an edit.</summary>
    public decimal? Size { get; set; }

    /// <summary>Funds asked for, fee included; null for orders by size.</summary>
    public decimal? SpecifiedFunds { get; }

    /// <summary>Funds that may be traded once the taker fee is set aside.</summary>
    public decimal? Funds { get; set; }

    public TimeInForce? TimeInForce { get; }

    public CancelAfter? CancelAfter { get; }

    public DateTimeOffset? ExpireTime { get; set; }

    public bool PostOnly { get; }

    public SelfTradePrevention Stp { get; }

    public StopType? Stop { get; }

    public decimal? StopPrice { get; }

    public string? ClientOid { get; }

    public DateTimeOffset CreatedAt { get; }

    public OrderStatus Status { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? DoneReason { get; set; }

    public string? RejectReason { get; set; }

    public decimal FilledSize { get; set; }

    public decimal ExecutedValue { get; set; }

    public decimal FillFees { get; set; }

    /// <summary>Size still to trade; null for orders by funds.</summary>
    public decimal? RemainingSize { get; set; }

    /// <summary>Funds still to spend (fee excluded); null for orders by size.</summary>
    public decimal? RemainingFunds { get; set; }

    /// <summary>Funds reserved for the order, released when it is done.</summary>
    public SandboxHold? Hold { get; set; }

    /// <summary>For a stop order: only trades after this id can trigger it.</summary>
    public long StopArmedAfterTradeId { get; set; }

    /// <summary>Whether the order rested on the book at some point (it got an <c>open</c> message).</summary>
    public bool WasOpened { get; set; }

    /// <summary>Whether the public feed has seen the order (a <c>received</c> message).</summary>
    public bool WasReceived { get; set; }

    public bool IsDone => Status is OrderStatus.Done or OrderStatus.Rejected;

    /// <summary>Size left on the book, for book rows and <c>remaining_size</c>.</summary>
    public decimal BookSize => RemainingSize ?? 0m;

    /// <summary>The order as the REST API shows it.</summary>
    public Order ToModel() => new()
    {
        Id = Id,
        ProductId = Product.Id,
        ProfileId = Owner.ProfileId,
        Side = Side,
        Type = Type,
        Price = Price,
        Size = Size,
        Funds = Funds,
        SpecifiedFunds = SpecifiedFunds,
        TimeInForce = TimeInForce,
        ExpireTime = ExpireTime,
        PostOnly = Price is null ? null : PostOnly,
        Stp = Stp,
        Stop = Stop,
        StopPrice = StopPrice,
        CreatedAt = CreatedAt,
        DoneAt = DoneAt,
        DoneReason = DoneReason,
        RejectReason = RejectReason,
        FillFees = FillFees,
        FilledSize = FilledSize,
        ExecutedValue = ExecutedValue,
        Status = Status,
        Settled = IsDone,
        ClientOid = ClientOid,
        MarketType = "spot",
    };
}

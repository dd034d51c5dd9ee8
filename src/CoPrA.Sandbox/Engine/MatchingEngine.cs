using System.Collections.Concurrent;
using System.Collections.Frozen;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Engine;

/// <summary>
/// The exchange's matching engine: price-time priority per product (one lock each), limit orders
/// (GTC, GTT, IOC, FOK, post-only), market orders by size or funds, stop orders that wait for the
/// last trade to cross their stop price, self-trade prevention, fees, holds and fills.
/// </summary>
internal sealed class MatchingEngine
{
    /// <summary>Slippage allowed when reserving funds for a stop market buy by size (the products' max_slippage_percentage).</summary>
    private const decimal StopSlippage = 0.10m;

    /// <summary>The refusal of an order whose hold the user cannot cover.</summary>
    public const string InsufficientFunds = "Insufficient funds";

    private const string CancelReasonTimeInForce = "101";
    private const string CancelReasonSelfTrade = "102";

    private readonly FrozenDictionary<string, ProductMarket> _markets;
    private readonly ConcurrentDictionary<string, SandboxOrder> _orders = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SandboxOrder> _byClientOid = new(StringComparer.OrdinalIgnoreCase);
    private readonly AccountBook _accounts;
    private readonly SandboxClock _clock;
    private readonly IMarketListener _listener;

    public MatchingEngine(ProductCatalog catalog, AccountBook accounts, SandboxClock clock, IMarketListener listener, decimal makerFeeRate, decimal takerFeeRate, int maxTrades)
    {
        _accounts = accounts;
        _clock = clock;
        _listener = listener;
        MakerFeeRate = makerFeeRate;
        TakerFeeRate = takerFeeRate;
        Markets = [.. catalog.Products.Select(product => new ProductMarket(product, maxTrades))];
        _markets = Markets.ToFrozenDictionary(market => market.Product.Id, StringComparer.OrdinalIgnoreCase);
    }

    public decimal MakerFeeRate { get; }

    public decimal TakerFeeRate { get; }

    /// <summary>Every product's market, in catalog order.</summary>
    public IReadOnlyList<ProductMarket> Markets { get; }

    /// <summary>Runs an action on each market under its lock, so that clocked feed messages stay in order with the engine's.</summary>
    public void ForEachMarket(Action<ProductMarket> action)
    {
        foreach (var market in Markets)
        {
            lock (market.Gate)
            {
                action(market);
            }
        }
    }

    /// <summary>The market of a product id (case-insensitive), or null.</summary>
    public ProductMarket? Market(string? productId) => productId is not null && _markets.TryGetValue(productId, out var market) ? market : null;

    /// <summary>
    /// Places an order and runs it through the book. Returns the engine's order and the order as
    /// the exchange acknowledges it (status <c>pending</c>, before matching), or a rejected order
    /// for a post-only order that would have taken liquidity.
    /// </summary>
    /// <exception cref="SandboxApiException">Insufficient funds.</exception>
    public (SandboxOrder Order, Order Acknowledged) Place(SandboxUser user, OrderRequest request)
    {
        var market = _markets[request.Product.Id];
        lock (market.Gate)
        {
            var now = _clock.NextUniqueInstant();
            var order = new SandboxOrder(request, user, request.Product, now);
            if (request.CancelAfter is { } lifetime)
            {
                order.ExpireTime = now + Lifetime(lifetime);
            }
            else if (request.ExpireTime is { } expireTime)
            {
                order.ExpireTime = expireTime;
            }

            if (request.Funds is { } funds)
            {
                order.Funds = order.Side == Side.Buy ? Math.Round(funds / (1 + TakerFeeRate), 16, MidpointRounding.ToZero) : funds;
                order.RemainingFunds = order.Funds;
            }

            if (request.PostOnly && WouldTake(market, order))
            {
                order.Status = OrderStatus.Rejected;
                order.RejectReason = "post only";
                order.DoneAt = now;
                Register(market, order);
                return (order, order.ToModel());
            }

            var (currency, amount) = HoldFor(market, order);
            order.Hold = _accounts.TryHold(user, currency, amount, order.Id) ?? throw SandboxApiException.BadRequest(InsufficientFunds);
            Register(market, order);
            var acknowledged = order.ToModel();

            if (order.Stop is not null)
            {
                order.Status = OrderStatus.Active;
                order.StopArmedAfterTradeId = market.History.LastTradeId;
                market.Stops.Add(order);
                _listener.OnActivate(market, order, now);
            }
            else
            {
                Submit(market, order, now);
            }

            RunTriggeredStops(market);
            FlushBook(market);
            return (order, acknowledged);
        }
    }

    /// <summary>Cancels an order of the user (open or a waiting stop).</summary>
    /// <exception cref="SandboxApiException">The order is already done.</exception>
    public void Cancel(SandboxOrder order)
    {
        var market = _markets[order.Product.Id];
        lock (market.Gate)
        {
            if (order.IsDone)
            {
                throw SandboxApiException.BadRequest("Order already done");
            }

            Finish(market, order, "canceled", null);
            FlushBook(market);
        }
    }

    /// <summary>
    /// Edits a resting limit order's price and size (the total size, fills included), as Advanced Trade's
    /// edit does; null when done, else the API's edit failure reason. A smaller size at the same price keeps
    /// the order's place in the queue; anything else puts it at the back. An edit that would cross the book
    /// is refused rather than matched. With <paramref name="dryRun"/> it only checks.
    /// </summary>
    public string? Edit(SandboxOrder order, decimal price, decimal size, bool dryRun)
    {
        var market = _markets[order.Product.Id];
        lock (market.Gate)
        {
            if (order.Status != OrderStatus.Open || !market.Book.Contains(order))
            {
                return "ONLY_OPEN_ORDERS_CAN_BE_EDITED";
            }

            if (order.Stop is not null || order.Price is null || order.Size is null)
            {
                return "ONLY_LIMIT_ORDER_EDITS_SUPPORTED";
            }

            if (size <= order.FilledSize)
            {
                return "CANNOT_EDIT_TO_BELOW_FILLED_SIZE";
            }

            if (price == order.Price && size == order.Size)
            {
                return "EDIT_REQUEST_EQUAL_TO_ORIGINAL_REQUEST";
            }

            if (market.Book.Best(Opposite(order.Side)) is { } best && Crosses(order.Side, price, best.Price))
            {
                return "INVALID_EDITED_PRICE";
            }

            decimal remaining = size - order.FilledSize;
            decimal hold = order.Side == Side.Buy ? price * remaining * (1 + TakerFeeRate) : remaining;
            if (order.Hold is null || !_accounts.TryResizeHold(order.Hold, hold, dryRun))
            {
                return "COMMANDER_REJECTED_EDIT_ORDER";
            }

            if (dryRun)
            {
                return null;
            }

            decimal oldSize = order.BookSize;
            if (price == order.Price && remaining < oldSize)
            {
                market.Book.Reduce(order, oldSize - remaining);
            }
            else
            {
                market.Book.Remove(order);
                order.Price = price;
                order.RemainingSize = remaining;
                market.Book.Add(order);
            }

            order.Size = size;
            _listener.OnChange(market, order, oldSize, remaining, market.NextSequence(), _clock.UtcNow);
            FlushBook(market);
            return null;
        }
    }

    /// <summary>Cancels every open order of the user, or those of one product; stop orders stay, as on Coinbase.</summary>
    public List<string> CancelAll(SandboxUser user, ProductMarket? only)
    {
        var cancelled = new List<string>();
        foreach (var market in only is null ? Markets : [only])
        {
            lock (market.Gate)
            {
                foreach (var order in market.UserOrders.Where(order => order.Owner == user && order.Status == OrderStatus.Open).ToList())
                {
                    Finish(market, order, "canceled", null);
                    cancelled.Add(order.Id);
                }

                FlushBook(market);
            }
        }

        return cancelled;
    }

    /// <summary>Cancels resting GTT orders whose time is up.</summary>
    public void ExpireDueOrders()
    {
        var now = _clock.UtcNow;
        foreach (var market in Markets)
        {
            lock (market.Gate)
            {
                foreach (var order in market.Expiring.Where(order => order.ExpireTime <= now).ToList())
                {
                    Finish(market, order, "canceled", CancelReasonTimeInForce);
                }

                FlushBook(market);
            }
        }
    }

    /// <summary>Finds an API user's order by id or by <c>client:&lt;client_oid&gt;</c>; null when it is not theirs.</summary>
    public SandboxOrder? FindOrder(SandboxUser user, string idOrClientOid)
    {
        const string ClientPrefix = "client:";
        SandboxOrder? order = idOrClientOid.StartsWith(ClientPrefix, StringComparison.Ordinal)
            ? _byClientOid.GetValueOrDefault(user.Id + "/" + idOrClientOid[ClientPrefix.Length..])
            : _orders.GetValueOrDefault(idOrClientOid);
        return order?.Owner == user ? order : null;
    }

    /// <summary>An order as the REST API shows it, read under its product's lock.</summary>
    public Order Snapshot(SandboxOrder order)
    {
        var market = _markets[order.Product.Id];
        lock (market.Gate)
        {
            return order.ToModel();
        }
    }

    /// <summary>The user's orders with one of the statuses, newest first.</summary>
    public List<Order> Orders(SandboxUser user, IReadOnlySet<OrderStatus> statuses, ProductMarket? only)
    {
        var orders = new List<Order>();
        foreach (var market in only is null ? Markets : [only])
        {
            lock (market.Gate)
            {
                orders.AddRange(market.UserOrders
                    .Where(order => order.Owner == user && (statuses.Contains(OrderStatus.All) || statuses.Contains(order.Status)))
                    .Select(order => order.ToModel()));
            }
        }

        orders.Sort((a, b) => Nullable.Compare(b.CreatedAt, a.CreatedAt));
        return orders;
    }

    /// <summary>The user's fills of one order or of one product, newest first.</summary>
    public List<Fill> Fills(SandboxUser user, ProductMarket market, string? orderId)
    {
        lock (market.Gate)
        {
            return [.. market.Fills
                .Where(fill => fill.UserId == user.Id && (orderId is null || string.Equals(fill.OrderId, orderId, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(fill => fill.TradeId)];
        }
    }

    private void Register(ProductMarket market, SandboxOrder order)
    {
        if (order.Owner.IsInternal)
        {
            return;
        }

        market.UserOrders.Add(order);
        _orders[order.Id] = order;
        if (order.ClientOid is not null)
        {
            _byClientOid[order.Owner.Id + "/" + order.ClientOid] = order;
        }
    }

    private static TimeSpan Lifetime(CancelAfter lifetime) => lifetime switch
    {
        CancelAfter.Minute => TimeSpan.FromMinutes(1),
        CancelAfter.Hour => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };

    /// <summary>The currency and amount to reserve: base for sells, quote (with the taker fee) for buys.</summary>
    private (string Currency, decimal Amount) HoldFor(ProductMarket market, SandboxOrder order)
    {
        var product = market.Product;
        decimal feeFactor = 1 + TakerFeeRate;
        if (order.Side == Side.Sell)
        {
            if (order.Size is { } size)
            {
                return (product.BaseCurrency, size);
            }

            // A sell for funds: the base needed to raise them at today's bids (or at the stop price).
            decimal funds = order.Funds!.Value;
            decimal needed = order.StopPrice is { } stopPrice
                ? product.FloorSize(funds / stopPrice * (1 + StopSlippage))
                : SizeForFunds(market.Book.Levels(Side.Buy), funds, product);
            return (product.BaseCurrency, needed);
        }

        if (order.Price is { } limit)
        {
            return (product.QuoteCurrency, limit * order.Size!.Value * feeFactor);
        }

        if (order.SpecifiedFunds is { } specified)
        {
            return (product.QuoteCurrency, specified);
        }

        // A market buy by size: what the asks cost now (or at the stop price, with slippage).
        decimal cost = order.StopPrice is { } trigger
            ? trigger * order.Size!.Value * (1 + StopSlippage)
            : CostOfSize(market.Book.Levels(Side.Sell), order.Size!.Value);
        return (product.QuoteCurrency, cost * feeFactor);
    }

    private static decimal CostOfSize(IEnumerable<PriceLevel> asks, decimal size)
    {
        decimal cost = 0m;
        foreach (var level in asks)
        {
            decimal take = Math.Min(size, level.Size);
            cost += take * level.Price;
            size -= take;
            if (size == 0)
            {
                break;
            }
        }

        return cost;
    }

    private static decimal SizeForFunds(IEnumerable<PriceLevel> bids, decimal funds, SandboxProduct product)
    {
        decimal size = 0m;
        foreach (var level in bids)
        {
            decimal take = Math.Min(level.Size, product.FloorSize(funds / level.Price) + product.BaseIncrement);
            size += take;
            funds -= take * level.Price;
            if (funds <= 0)
            {
                break;
            }
        }

        return size;
    }

    private static bool Crosses(Side takerSide, decimal limit, decimal makerPrice) =>
        takerSide == Side.Buy ? makerPrice <= limit : makerPrice >= limit;

    private static Side Opposite(Side side) => side == Side.Buy ? Side.Sell : Side.Buy;

    private static bool WouldTake(ProductMarket market, SandboxOrder order) =>
        market.Book.Best(Opposite(order.Side)) is { } best && Crosses(order.Side, order.Price!.Value, best.Price);

    /// <summary>The order enters the book's queue: <c>received</c>, then matching.</summary>
    private void Submit(ProductMarket market, SandboxOrder order, DateTimeOffset time)
    {
        order.Status = OrderStatus.Pending;
        order.WasReceived = true;
        _listener.OnReceived(market, order, market.NextSequence(), time);
        Execute(market, order);
    }

    private void Execute(ProductMarket market, SandboxOrder order)
    {
        if (order.TimeInForce == TimeInForce.FillOrKill && !CanFillCompletely(market, order))
        {
            Finish(market, order, "canceled", CancelReasonTimeInForce);
            return;
        }

        while (!order.IsDone && market.Book.Best(Opposite(order.Side)) is { } level)
        {
            if (order.Price is { } limit && !Crosses(order.Side, limit, level.Price))
            {
                break;
            }

            var maker = level.Orders.First!.Value;
            if (maker.Owner == order.Owner)
            {
                if (!PreventSelfTrade(market, maker, order))
                {
                    break;
                }

                continue;
            }

            decimal size = TradeSize(order, maker, level.Price);
            if (size <= 0)
            {
                break;
            }

            Trade(market, maker, order, size, level.Price);
        }

        if (order.IsDone)
        {
            return;
        }

        if (order.Price is null)
        {
            Finish(market, order, order.FilledSize > 0 ? "filled" : "canceled", null);
        }
        else if (order.RemainingSize == 0)
        {
            Finish(market, order, "filled", null);
        }
        else if (order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            Finish(market, order, "canceled", CancelReasonTimeInForce);
        }
        else
        {
            order.Status = OrderStatus.Open;
            order.WasOpened = true;
            market.Book.Add(order);
            if (order.ExpireTime is not null)
            {
                market.Expiring.Add(order);
            }

            _listener.OnOpen(market, order, market.NextSequence(), _clock.UtcNow);
        }
    }

    private static bool CanFillCompletely(ProductMarket market, SandboxOrder order)
    {
        decimal needed = order.RemainingSize ?? 0m;
        foreach (var level in market.Book.Levels(Opposite(order.Side)))
        {
            if (!Crosses(order.Side, order.Price!.Value, level.Price))
            {
                break;
            }

            needed -= level.Size;
            if (needed <= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much the taker can trade with this maker, bounded by its size, funds and hold.</summary>
    private decimal TradeSize(SandboxOrder taker, SandboxOrder maker, decimal price)
    {
        var product = taker.Product;
        decimal size = maker.BookSize;
        if (taker.RemainingSize is { } remaining)
        {
            size = Math.Min(size, remaining);
        }

        if (taker.RemainingFunds is { } funds && price * size > funds)
        {
            size = product.FloorSize(funds / price);
        }

        if (taker.Hold is { } hold)
        {
            decimal unitCost = taker.Side == Side.Buy ? price * (1 + TakerFeeRate) : 1m;
            if (unitCost * size > hold.Amount)
            {
                size = product.FloorSize(hold.Amount / unitCost);
            }
        }

        return size;
    }

    private void Trade(ProductMarket market, SandboxOrder maker, SandboxOrder taker, decimal size, decimal price)
    {
        var now = _clock.UtcNow;
        long tradeId = market.NextTradeId();
        decimal value = price * size;
        decimal makerFee = value * MakerFeeRate;
        decimal takerFee = value * TakerFeeRate;

        market.Book.Reduce(maker, size);
        Apply(maker, size, value, makerFee);
        if (taker.RemainingSize is not null)
        {
            taker.RemainingSize -= size;
        }

        if (taker.RemainingFunds is not null)
        {
            taker.RemainingFunds -= value;
        }

        Apply(taker, size, value, takerFee);

        var product = market.Product;
        _accounts.SettleFill(maker.Owner, product, maker.Side, size, price, makerFee, maker.Hold, maker.Id, tradeId);
        _accounts.SettleFill(taker.Owner, product, taker.Side, size, price, takerFee, taker.Hold, taker.Id, tradeId);
        RecordFill(market, maker, Liquidity.Maker, tradeId, size, price, makerFee, now);
        RecordFill(market, taker, Liquidity.Taker, tradeId, size, price, takerFee, now);

        var trade = new Trade { TradeId = tradeId, Time = now, Price = price, Size = size, Side = maker.Side };
        market.History.Record(trade);
        _listener.OnMatch(market, trade, maker, taker, market.NextSequence());

        if (maker.BookSize == 0)
        {
            Finish(market, maker, "filled", null);
        }
    }

    private static void Apply(SandboxOrder order, decimal size, decimal value, decimal fee)
    {
        order.FilledSize += size;
        order.ExecutedValue += value;
        order.FillFees += fee;
    }

    private static void RecordFill(ProductMarket market, SandboxOrder order, Liquidity liquidity, long tradeId, decimal size, decimal price, decimal fee, DateTimeOffset time)
    {
        if (order.Owner.IsInternal)
        {
            return;
        }

        market.Fills.Add(new Fill
        {
            TradeId = tradeId,
            ProductId = market.Product.Id,
            OrderId = order.Id,
            UserId = order.Owner.Id,
            ProfileId = order.Owner.ProfileId,
            Liquidity = liquidity,
            Price = price,
            Size = size,
            Fee = fee,
            CreatedAt = time,
            Side = order.Side,
            Settled = true,
            UsdVolume = market.Product.QuoteCurrency == "USD" ? price * size : null,
            MarketType = "spot",
            FundingCurrency = market.Product.QuoteCurrency,
        });
    }

    /// <summary>
    /// Applies the taker's self-trade prevention flag against one of the user's own resting
    /// orders. Returns whether the taker may go on matching.
    /// </summary>
    private bool PreventSelfTrade(ProductMarket market, SandboxOrder maker, SandboxOrder taker)
    {
        switch (taker.Stp)
        {
            case SelfTradePrevention.CancelOldest:
                Finish(market, maker, "canceled", CancelReasonSelfTrade);
                return true;
            case SelfTradePrevention.CancelNewest:
                Finish(market, taker, "canceled", CancelReasonSelfTrade);
                return false;
            case SelfTradePrevention.CancelBoth:
                Finish(market, maker, "canceled", CancelReasonSelfTrade);
                Finish(market, taker, "canceled", CancelReasonSelfTrade);
                return false;
        }

        // Decrease and cancel: the smaller order is cancelled and the larger one shrinks by its size.
        if (taker.RemainingSize is not { } takerSize)
        {
            Finish(market, taker, "canceled", CancelReasonSelfTrade);
            return false;
        }

        decimal makerSize = maker.BookSize;
        if (takerSize < makerSize)
        {
            market.Book.Reduce(maker, takerSize);
            _listener.OnChange(market, maker, makerSize, maker.BookSize, market.NextSequence(), _clock.UtcNow);
            Finish(market, taker, "canceled", CancelReasonSelfTrade);
            return false;
        }

        Finish(market, maker, "canceled", CancelReasonSelfTrade);
        taker.RemainingSize -= makerSize;
        if (taker.RemainingSize == 0)
        {
            Finish(market, taker, "canceled", CancelReasonSelfTrade);
            return false;
        }

        return true;
    }

    /// <summary>Ends an order: off the book, hold released, <c>done</c> sent.</summary>
    private void Finish(ProductMarket market, SandboxOrder order, string reason, string? cancelReason)
    {
        var now = _clock.UtcNow;
        market.Book.Remove(order);
        market.Stops.Remove(order);
        market.Expiring.Remove(order);
        order.Status = OrderStatus.Done;
        order.DoneAt = now;
        order.DoneReason = reason;
        _accounts.Release(order.Hold);
        long? sequence = order.WasReceived ? market.NextSequence() : null;
        _listener.OnDone(market, order, sequence, now, reason, cancelReason);
    }

    /// <summary>Submits the stop orders the latest trades triggered, until none is left to trigger.</summary>
    private void RunTriggeredStops(ProductMarket market)
    {
        while (market.History.Last is { } last)
        {
            var triggered = market.Stops.FirstOrDefault(stop =>
                last.TradeId > stop.StopArmedAfterTradeId
                && (stop.Stop == StopType.Loss ? last.Price <= stop.StopPrice : last.Price >= stop.StopPrice));
            if (triggered is null)
            {
                return;
            }

            market.Stops.Remove(triggered);
            Submit(market, triggered, _clock.UtcNow);
        }
    }

    private void FlushBook(ProductMarket market)
    {
        var changes = market.Book.TakeChanges();
        if (changes.Count > 0)
        {
            _listener.OnBookChanged(market, changes, _clock.UtcNow);
        }
    }
}

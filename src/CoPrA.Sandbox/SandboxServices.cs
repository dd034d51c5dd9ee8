using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.AdvancedTrade;
using CoPrA.Sandbox.AdvancedTrade.Feed;
using CoPrA.Sandbox.Auth;
using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Feed;
using CoPrA.Sandbox.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.Sandbox;

/// <summary>
/// The exchange's parts, wired together once: catalog, clock, accounts, matching engine, feed,
/// authentication, the API user and the sandbox's own traders. REST endpoints, the feed server,
/// the market maker and the controls all work on this one instance.
/// </summary>
internal sealed class SandboxServices
{
    public SandboxServices(SandboxOptions options, SandboxApiKey apiKey)
    {
        Options = options;
        ApiKey = apiKey;
        Credentials = apiKey.ToCredentials();
        Logger = options.Logger ?? NullLogger.Instance;
        Clock = new SandboxClock(options.TimeProvider ?? TimeProvider.System);
        Catalog = new ProductCatalog();
        Accounts = new AccountBook(Clock);
        ApiUser = SandboxUser.FromName("api-user/" + apiKey.Key, isInternal: false);
        MarketMakerUser = SandboxUser.FromName("sandbox/market-maker", isInternal: true);
        MarketTakerUser = SandboxUser.FromName("sandbox/market-taker", isInternal: true);
        CounterpartyUser = SandboxUser.FromName("sandbox/counterparty", isInternal: true);
        CounterpartyTakerUser = SandboxUser.FromName("sandbox/counterparty-taker", isInternal: true);
        Authenticator = new RequestAuthenticator(Clock, options.AuthenticationWindow);
        Authenticator.AddKey(apiKey, ApiUser);
        AdvancedTradeKeys = AdvancedTradeKeys.Create(options);
        JwtVerifier = new JwtVerifier(AdvancedTradeKeys, Clock, ApiUser);
        Changes = new ChangeNotifier();
        Faults = new FaultInjection(Clock, Changes);
        Handshakes = new HandshakeGate();

        Hub = new FeedHub(Authenticator, Clock, options, Changes);
        Publisher = new FeedPublisher(Hub, options.MakerFeeRate, options.TakerFeeRate);
        AdvancedTradeFeed = new AdvancedTradeFeedHub(JwtVerifier, Clock, options, Changes, AdvancedTradePortfolios.DefaultIdOf(ApiUser), options.TakerFeeRate);
        AdvancedTradePublisher = new AdvancedTradeFeedPublisher(AdvancedTradeFeed, Clock);
        Engine = new MatchingEngine(Catalog, Accounts, Clock, new MarketListeners(Publisher, AdvancedTradePublisher), options.MakerFeeRate, options.TakerFeeRate, options.MaxTradesPerProduct);
        Hub.Engine = Engine;
        AdvancedTradeFeed.Engine = Engine;
        Hub.Publisher = Publisher;
        byte[] status = FeedFrames.Status(Catalog.Products, Catalog.Currencies);
        Hub.StatusFrame = () => status;

        foreach (var currency in Catalog.Currencies)
        {
            Accounts.Open(ApiUser, currency.Id, options.Balances.TryGetValue(currency.Id, out decimal balance) ? balance : 0m);
            foreach (var trader in new[] { MarketMakerUser, MarketTakerUser, CounterpartyUser, CounterpartyTakerUser })
            {
                Accounts.Open(trader, currency.Id, 1_000_000_000_000m);
            }
        }

        Funding = new FundingSources(ApiUser, Catalog.Currencies.Select(currency => currency.Id), 1_000m);
        Reports = new ReportStore();
        Conversions = new ConversionStore();
    }

    public SandboxOptions Options { get; }

    public Credentials Credentials { get; }

    /// <summary>The same key as the server holds it (the secret and passphrase readable).</summary>
    public SandboxApiKey ApiKey { get; }

    public ILogger Logger { get; }

    public SandboxClock Clock { get; }

    public ProductCatalog Catalog { get; }

    public AccountBook Accounts { get; }

    public FundingSources Funding { get; }

    public MatchingEngine Engine { get; }

    public FeedHub Hub { get; }

    public FeedPublisher Publisher { get; }

    /// <summary>The Advanced Trade feed's server (market-data and user-data endpoints).</summary>
    public AdvancedTradeFeedHub AdvancedTradeFeed { get; }

    /// <summary>Turns the engine's events into Advanced Trade feed updates.</summary>
    public AdvancedTradeFeedPublisher AdvancedTradePublisher { get; }

    public RequestAuthenticator Authenticator { get; }

    /// <summary>The CDP key (ECDSA and Ed25519) the Advanced Trade API accepts.</summary>
    public AdvancedTradeKeys AdvancedTradeKeys { get; }

    /// <summary>Checks the Advanced Trade API's Bearer JWTs.</summary>
    public JwtVerifier JwtVerifier { get; }

    public FaultInjection Faults { get; }

    public HandshakeGate Handshakes { get; }

    public ChangeNotifier Changes { get; }

    public ReportStore Reports { get; }

    public ConversionStore Conversions { get; }

    /// <summary>The owner of the API key: the one user clients act as.</summary>
    public SandboxUser ApiUser { get; }

    /// <summary>The market maker's quoting account.</summary>
    public SandboxUser MarketMakerUser { get; }

    /// <summary>The market maker's trading account (a different user, so that it does not self-trade).</summary>
    public SandboxUser MarketTakerUser { get; }

    /// <summary>The trader whose resting orders tests place through <see cref="SandboxControls"/>.</summary>
    public SandboxUser CounterpartyUser { get; }

    /// <summary>The trader whose market orders tests place (another user, so that it can take the counterparty's quotes).</summary>
    public SandboxUser CounterpartyTakerUser { get; }
}

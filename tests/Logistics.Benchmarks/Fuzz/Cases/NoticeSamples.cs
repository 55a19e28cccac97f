namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// The valid notices every fuzz case starts from, for publisher <see cref="PublisherId"/> on the fuzz clock
/// (<see cref="Today"/>): a 943, an 856 and a JSON notice over the items <see cref="Items"/> registers.
/// </summary>
internal static class NoticeSamples
{
    /// <summary>The publisher the notices belong to.</summary>
    public const string PublisherId = "acme";

    /// <summary>The fuzz clock: expected dates of the samples are the next day.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The item master the samples need: (SKU, PUT /api/items body).</summary>
    public static readonly IReadOnlyList<(string Sku, string Json)> Items =
    [
        ("BOOK-001", """{"description":"Atlas, lot-tracked","barcodes":["9780306406157"],"lotControlled":true}"""),
        ("BOOK-002", """{"description":"Novel","packUnit":"case","caseQuantity":10}"""),
        ("DVD-003", """{"description":"Film","barcodes":["4006381333931"],"handling":["magneticMedia"]}"""),
    ];

    /// <summary>A 943 with three lines, one lot-controlled, one in cases.</summary>
    public const string X12943 = """
        ISA*00*          *00*          *ZZ*ACME           *ZZ*LOGISTICSWH    *261121*0800*U*00401*000000301*0*T*>~
        GS*AR*ACME*LOGISTICSWH*20261121*0800*301*X*004010~
        ST*943*0001~
        W06*N*PO-1001*20261121*FZ-943-1~
        N1*SF*Acme Print Plant*92*PLANT1~
        W27*M*ABCD~
        G62*17*20261122~
        W04*24*EA**SK*BOOK-001*EN*9780306406157~
        N9*LT*LOT-A1~
        G62*36*20280131~
        W04*2*CA**SK*BOOK-002~
        W04*10*EA**SK*DVD-003~
        W03*36~
        SE*12*0001~
        GE*1*301~
        IEA*1*000000301~

        """;

    /// <summary>An 856 with two item levels, one lot-controlled, one in cases.</summary>
    public const string X12856 = """
        ISA*00*          *00*          *ZZ*ACME           *ZZ*LOGISTICSWH    *261121*0800*U*00401*000000302*0*T*>~
        GS*SH*ACME*LOGISTICSWH*20261121*0800*302*X*004010~
        ST*856*0001~
        BSN*00*FZ-856-1*20261121*0800~
        HL*1**S~
        TD5*B*2*XPOL*M~
        REF*BM*BOL-5521~
        DTM*017*20261122~
        N1*SF*Acme Distribution*92*DC1~
        HL*2*1*O~
        PRF*PO-9001~
        HL*3*2*I~
        LIN*1*SK*BOOK-001*EN*9780306406157*LT*LOT-B7~
        SN1**48*EA~
        DTM*036*20290630~
        HL*4*2*I~
        LIN*2*SK*BOOK-002~
        SN1**3*CA~
        CTT*2~
        SE*18*0001~
        GE*1*302~
        IEA*1*000000302~

        """;

    /// <summary>A JSON notice with every optional member.</summary>
    public const string Json = """
        {"noticeNumber":"FZ-JSON-1","type":"shipNotice","expectedDate":"2026-11-22","shipFrom":{"name":"Acme Print Plant","id":"PLANT1"},"carrier":"XPOL","reference":"PO-1001","lines":[{"lineNumber":1,"sku":"BOOK-001","quantity":24,"unit":"EA","lot":"LOT-A1","expiry":"2028-01-31"},{"lineNumber":2,"sku":"BOOK-002","quantity":2,"unit":"CA"},{"lineNumber":3,"sku":"DVD-003","quantity":10,"unit":"EA"}]}
        """;

    /// <summary>The sample a case of <paramref name="kind"/> starts from.</summary>
    public static string For(FuzzKind kind) => kind switch
    {
        FuzzKind.X12943 => X12943,
        FuzzKind.X12856 => X12856,
        _ => Json,
    };
}

using System.Text;
using Logistics.Benchmarks.Fuzz;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>The fuzz oracle fails what it must: a 5xx, a change on rejection, an error that names no place.</summary>
public sealed class FuzzOracleTests
{
    private const string Isa = "ISA*00*          *00*          *ZZ*LOGISTICSWH    *ZZ*ACME           *261121*0800*U*00401*000000001*0*T*:~";

    [Fact]
    public void A_5xx_fails_whatever_it_says()
    {
        Assert.False(Judge(FuzzKind.Json, 500, "application/problem+json", "{}").Passed);
        Assert.False(Judge(FuzzKind.X12943, 503, "application/problem+json", "{}").Passed);
    }

    [Fact]
    public void A_rejection_that_changed_the_store_fails_and_an_acceptance_may_change_it()
    {
        Assert.False(Judge(FuzzKind.Json, 400, "application/problem+json", Problem("/lines/0/quantity"), changed: true).Passed);
        Assert.False(Judge(FuzzKind.Json, 409, "application/problem+json", Problem("/noticeNumber"), changed: true).Passed);
        Assert.True(Judge(FuzzKind.Json, 202, "application/json", "{}", changed: true).Passed);
    }

    [Theory]
    [InlineData("/lines/0/quantity", true)]
    [InlineData("/lines/0/lot", true)]
    [InlineData("/shipFrom", true)]
    [InlineData("", false)]
    [InlineData("/lines/7/quantity", false)]
    [InlineData("lines", false)]
    public void A_JSON_400_passes_only_when_each_pointer_fits_the_document(string pointer, bool passes)
    {
        var notice = """{"noticeNumber":"N-1","lines":[{"lineNumber":1,"quantity":-5}]}""";

        Assert.Equal(passes, Judge(FuzzKind.Json, 400, "application/problem+json", Problem(pointer), body: notice).Passed);
    }

    [Fact]
    public void The_whole_document_pointer_is_right_for_a_body_that_is_not_a_JSON_object()
    {
        Assert.True(Judge(FuzzKind.Json, 400, "application/problem+json", Problem(""), body: "[1,2").Passed);
        Assert.True(Judge(FuzzKind.Json, 400, "application/problem+json", Problem(""), body: "[]").Passed);
        Assert.False(Judge(FuzzKind.Json, 400, "application/problem+json", """{"type":"x"}""", body: "[]").Passed);
    }

    [Theory]
    [InlineData("AK2*943*0001~AK3*W04*6**8~AK4*1*380*6*-5~AK5*R*5~AK9*R*1*1*0~", true)]
    [InlineData("AK2*943*0001~AK5*R*4~AK9*R*1*1*0~", true)]
    [InlineData("AK9*R*0*0*0*2~", true)]
    [InlineData("AK2*943*0001~AK5*R*5~AK9*R*1*1*0~", false)]
    [InlineData("AK2*943*0001~AK3*W04*6**8~AK5*R*5~AK9*R*1*1*0~", false)]
    [InlineData("AK9*R*0*0*0~", false)]
    [InlineData("AK2*943*0001~AK5*A~AK9*A*1*1*1~", false)]
    public void An_X12_400_passes_only_when_its_997_locates_each_rejection(string acknowledgment, bool passes)
    {
        var answer = $"{Isa}GS*FA*LOGISTICSWH*ACME*20261121*0800*1*X*004010~ST*997*0001~AK1*AR*301~{acknowledgment}SE*5*0001~GE*1*1~IEA*1*000000001~";

        Assert.Equal(passes, Judge(FuzzKind.X12943, 400, "application/edi-x12", answer).Passed);
    }

    [Fact]
    public void A_TA1_rejecting_the_interchange_locates_it_and_a_segment_named_ISA_inside_a_997_is_not_an_interchange()
    {
        var ta1 = $"{Isa}TA1*000000301*261121*0800*R*022~IEA*0*000000001~";
        var ak3Isa = $"{Isa}GS*FA*LOGISTICSWH*ACME*20261121*0800*1*X*004010~ST*997*0001~AK1*SH*302~AK2*856*0001~AK3*ISA*15**6~AK5*R*5~AK9*R*1*1*0~SE*6*0001~GE*1*1~IEA*1*000000001~";

        Assert.True(Judge(FuzzKind.X12943, 400, "application/edi-x12", ta1).Passed);
        Assert.True(Judge(FuzzKind.X12856, 400, "application/edi-x12", ak3Isa).Passed);
    }

    [Fact]
    public void No_answer_passes_only_for_an_interchange_of_acknowledgments()
    {
        var acknowledgments = $"{Isa}TA1*000000301*261121*0800*A*000~IEA*0*000000001~";
        var more = $"{Isa}TA1*000000301*261121*0800*A*000~ST*943*0001~IEA*0*000000001~";

        Assert.True(Judge(FuzzKind.X12943, 200, "application/edi-x12", string.Empty, body: acknowledgments).Passed);
        Assert.False(Judge(FuzzKind.X12943, 200, "application/edi-x12", string.Empty, body: more).Passed);
    }

    private static FuzzVerdict Judge(FuzzKind kind, int status, string contentType, string answer, bool changed = false, string body = "{}") =>
        FuzzOracle.Judge(new FuzzCase(1, 0, kind, ["test"], Encoding.UTF8.GetBytes(body)), new FuzzResponse(status, contentType, answer), changed);

    private static string Problem(string pointer) =>
        $$"""{"type":"urn:logistics:problem:validation","status":400,"errors":[{"pointer":"{{pointer}}","detail":"bad"}]}""";
}

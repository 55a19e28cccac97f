using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12.Errors;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Acknowledgments;

/// <summary>End to end: interchange in, notices and the answering interchange out. The answer is asserted segment by segment.</summary>
public class InboundX12ProcessorTests
{
    private static readonly X12EnvelopeSettings Settings = new(500, 70, new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero));

    /// <summary>The pipeline with a business step that takes every sound notice, answered with <see cref="Settings"/>.</summary>
    private static Processed Process(string text)
    {
        var documents = new List<InboundNoticeDocument>();
        var outcome = InboundX12Processor.ProcessAsync(text, X12NoticeMapper.Profile, (_, _, document, _) =>
        {
            documents.Add(document);
            return ValueTask.FromResult<IReadOnlyList<X12SegmentError>>([]);
        }, CancellationToken.None);

        // Nothing in the pipeline waits when the business step does not: the task has completed.
        Assert.True(outcome.IsCompletedSuccessfully);
        return new Processed(outcome.Result.Read, documents, outcome.Result.Answer(Settings));
    }

    private static string[] Segments(Processed outcome)
    {
        Assert.NotNull(outcome.Answer);
        return outcome.Answer.Split('~', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The 997 segments between AK1 and AK9, i.e. what is specific to the failure.</summary>
    private static string[] Body(string[] segments) =>
        [.. segments.SkipWhile(s => !s.StartsWith("AK2", StringComparison.Ordinal)).TakeWhile(s => !s.StartsWith("AK9", StringComparison.Ordinal))];

    [Fact]
    public void A_valid_943_gives_its_notice_and_an_accepting_997_with_the_envelope_swapped_and_the_test_flag_mirrored()
    {
        var outcome = Process(SampleFiles.Sample943);

        Assert.Single(outcome.Documents);
        Assert.Equal(
            [
                "ISA*00*          *00*          *ZZ*LOGISTICS3PL   *ZZ*DEMOPUB        *260115*1030*U*00401*000000500*0*T*:",
                "GS*FA*LOGISTICS3PL*DEMOPUB*20260115*1030*70*X*004010",
                "ST*997*0001",
                "AK1*AR*101",
                "AK2*943*0001",
                "AK5*A",
                "AK9*A*1*1*1",
                "SE*6*0001",
                "GE*1*70",
                "IEA*1*000000500",
            ],
            Segments(outcome));
    }

    [Fact]
    public void A_005010_interchange_is_answered_in_005010_with_AK103_and_AK203()
    {
        var text = SampleFiles.Sample856.ReplaceOnce("ST|856|0002", "ST|856|0002|X-ASN-1");
        var answer = Segments(Process(text));

        Assert.StartsWith("ISA*00*          *00*          *ZZ*LOGISTICS3PL   *ZZ*DEMOPUB        *260115*1030*^*00501*000000500*0*P*:", answer[0], StringComparison.Ordinal);
        Assert.Equal("TA1*000000202*260116*1015*A*000", answer[1]);
        Assert.Equal("GS*FA*LOGISTICS3PL*DEMOPUB*20260115*1030*70*X*005010", answer[2]);
        Assert.Contains("AK1*SH*202*005010", answer);
        Assert.Contains("AK2*856*0002*X-ASN-1", answer);
        var read = X12Reader.Read(Process(text).Answer!);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal(("00501", "005010", "997"), (read.Interchange!.Header.Version, read.Interchange.Groups[0].Version, read.Interchange.Groups[0].TransactionSets[0].IdCode));
    }

    [Fact]
    public void A_004010_997_has_no_AK103_or_AK203()
    {
        var answer = Segments(Process(SampleFiles.Sample943.ReplaceOnce("ST*943*0001", "ST*943*0001*X-1")));
        Assert.Contains("AK1*AR*101", answer);
        Assert.Contains("AK2*943*0001", answer);
    }

    [Fact]
    public void A_wrong_SE_count_rejects_the_set_with_AK5_code_4()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*13*0001"));
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK5*R*4"], Body(Segments(outcome)));
        Assert.Contains("AK9*R*1*1*0", Segments(outcome));
    }

    [Fact]
    public void A_trailer_control_number_mismatch_rejects_the_set_with_AK5_code_3()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*12*0002"));
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK5*R*3"], Body(Segments(outcome)));
    }

    [Fact]
    public void A_line_named_only_by_an_unresolvable_qualifier_is_reported_at_that_qualifier()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("W04*2*CA**SK*BOOK-002", "W04*2*CA**ZZ*BOOK-002"));
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK3*W04*10**8", "AK4*4*235*7*ZZ", "AK5*R*5"], Body(Segments(outcome)));
    }

    [Fact]
    public void A_negative_quantity_is_reported_with_code_6_and_the_bad_value()
    {
        var outcome = Process(SampleFiles.Sample856.ReplaceOnce("SN1||48|EA", "SN1||-48|EA"));
        Assert.Equal(["AK2*856*0002", "AK3*SN1*12**8", "AK4*2*382*6*-48", "AK5*R*5"], Body(Segments(outcome)));
    }

    [Fact]
    public void A_missing_notice_number_is_reported_with_code_1_without_a_bad_value()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1", "W06*N**20260115*ASN-943-1"));
        Assert.Equal(["AK2*943*0001", "AK3*W06*2**8", "AK4*2*285*1", "AK5*R*5"], Body(Segments(outcome)));
    }

    [Fact]
    public void A_set_other_than_943_or_856_is_rejected_with_AK5_code_1()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("ST*943*0001", "ST*940*0001");
        Assert.Equal(["AK2*940*0001", "AK5*R*1"], Body(Segments(Process(text))));
    }

    [Fact]
    public void A_943_in_an_SH_group_is_rejected_at_ST01_and_takes_no_notice()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("GS*AR*", "GS*SH*"));
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK3*ST*1**8", "AK4*1*143*7*943", "AK5*R*5"], Body(Segments(outcome)));
        Assert.Contains("AK1*SH*101", Segments(outcome));
    }

    [Fact]
    public void A_group_this_warehouse_does_not_take_is_rejected_with_AK905_code_1()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("GS*AR*", "GS*PO*"));
        Assert.Empty(outcome.Documents);
        Assert.Contains("AK9*R*1*1*0*1", Segments(outcome));
    }

    [Fact]
    public void A_group_trailer_mismatch_is_reported_in_AK9()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("GE*1*101", "GE*1*999"));
        Assert.Empty(outcome.Documents);
        Assert.Contains("AK9*R*1*1*1*4", Segments(outcome));
    }

    [Fact]
    public void An_interchange_trailer_mismatch_gets_a_rejecting_TA1_before_the_997_and_takes_no_notice()
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce("IEA*1*000000101", "IEA*1*000000100"));
        Assert.Empty(outcome.Documents);
        Assert.Single(outcome.Read.Errors);
        var answer = Segments(outcome);
        Assert.Equal("TA1*000000101*260115*0930*R*001", answer[1]);
        Assert.StartsWith("GS*FA*", answer[2], StringComparison.Ordinal);
        Assert.Equal("IEA*1*000000500", answer[^1]);
        Assert.True(X12Reader.Read(outcome.Answer!).IsValid);
    }

    [Fact]
    public void A_sound_interchange_without_ISA14_gets_no_TA1() =>
        Assert.DoesNotContain(Segments(Process(SampleFiles.Sample943)), s => s.StartsWith("TA1", StringComparison.Ordinal));

    [Fact]
    public void A_sound_interchange_with_ISA14_1_gets_an_accepting_TA1()
    {
        var answer = Segments(Process(SampleFiles.Sample943.ReplaceOnce("*000000101*0*T*", "*000000101*1*T*")));
        Assert.Equal("TA1*000000101*260115*0930*A*000", answer[1]);
    }

    [Fact]
    public void An_unreadable_ISA_gives_no_answer_and_an_envelope_error()
    {
        var outcome = Process("ISA*short~");
        Assert.Null(outcome.Answer);
        Assert.True(outcome.Read.IsUnreadable);
        Assert.Equal("ISA", Assert.Single(outcome.Read.Errors).SegmentId);
    }

    [Fact]
    public void A_received_997_is_never_acknowledged_even_when_ISA14_asks()
    {
        var ack = Process(SampleFiles.Sample943).Answer!.Replace("*0*T*", "*1*T*", StringComparison.Ordinal);
        var outcome = Process(ack);
        Assert.True(outcome.Read.IsValid, string.Join("; ", outcome.Read.Errors));
        Assert.Null(outcome.Answer);
    }

    [Fact]
    public void Two_groups_of_several_sets_get_one_interchange_with_a_997_per_group_numbered_in_sequence()
    {
        var text = X12Texts.Interchange("004010",
            X12Texts.Group("AR", "11", X12Texts.Set("943", "0001", "W06*N*PO-1*20260115", "W04*1*EA**SK*A"), X12Texts.Set("943", "0002", "W06*N*PO-2*20260115", "W04*2*EA**SK*B")),
            X12Texts.Group("SH", "12", X12Texts.Set("856", "0001", "BSN*00*ASN-3*20260115*1000", "HL*1**S", "HL*2*1*I", "LIN**SK*C", "SN1**3*EA")));

        var outcome = Process(text);

        Assert.Equal(["PO-1", "PO-2", "ASN-3"], outcome.Documents.Select(d => d.NoticeNumber.Value));
        var read = X12Reader.Read(outcome.Answer!);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal("000000500", read.Interchange!.Header.ControlNumber);
        Assert.Equal([("70", "AK1*AR*11"), ("71", "AK1*SH*12")], read.Interchange.Groups.Select(g => (g.ControlNumber, "AK1*" + string.Join('*', g.TransactionSets[0].Segments[1].Elements))));
        Assert.Contains("AK9*A*2*2*2", outcome.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transaction_set_control_number_used_twice_in_a_group_is_rejected_with_AK5_code_23()
    {
        var text = X12Texts.Interchange("004010",
            X12Texts.Group("AR", "11", X12Texts.Set("943", "0001", "W06*N*PO-1*20260115", "W04*1*EA**SK*A"), X12Texts.Set("943", "0001", "W06*N*PO-2*20260115", "W04*2*EA**SK*B")));

        var outcome = Process(text);

        Assert.Equal(["PO-1"], outcome.Documents.Select(d => d.NoticeNumber.Value));
        Assert.Contains("AK5*R*23", outcome.Answer, StringComparison.Ordinal);
        Assert.Contains("AK9*P*2*2*1", outcome.Answer, StringComparison.Ordinal);
    }

    // Each of the next three came out of the fuzz benchmark (dotnet run -c Release --project tests/Logistics.Benchmarks -- fuzz).
    [Theory]
    [InlineData("ST*943*0001~", "ST*943*00:1~", "AK2*943*00 1")]
    [InlineData("ST*943*0001~", "ST*:*0001~", "AK2* *0001")]
    [InlineData("*X*004010~", "*X*004010:~", "GS*FA*LOGISTICS3PL*DEMOPUB*20260115*1030*70*X*004010 ")]
    public void A_received_value_holding_a_delimiter_of_the_answer_is_echoed_with_the_delimiter_blanked(string sample, string mutated, string echoed)
    {
        var outcome = Process(SampleFiles.Sample943.ReplaceOnce(sample, mutated));

        Assert.Contains(echoed, Segments(outcome));
        var read = X12Reader.Read(outcome.Answer!);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
    }

    [Fact]
    public void An_interchange_of_a_TA1_and_segments_outside_any_group_is_answered_with_a_rejecting_TA1()
    {
        var lines = SampleFiles.Sample943.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("GS*", StringComparison.Ordinal) && !l.StartsWith("GE*", StringComparison.Ordinal)).ToList();
        lines.Insert(1, "TA1*000000301*261121*0800*A*000~");

        var outcome = Process(string.Join('\n', lines));

        Assert.Empty(outcome.Documents);
        Assert.Matches(@"^TA1\*000000101\*260115\*0930\*R\*\d{3}$", Segments(outcome)[1].Trim());
    }

    private sealed record Processed(X12ReadResult Read, IReadOnlyList<InboundNoticeDocument> Documents, string? Answer);
}

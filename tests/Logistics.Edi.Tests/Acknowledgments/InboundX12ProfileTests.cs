using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;

namespace Logistics.Edi.Tests.Acknowledgments;

public class InboundX12ProfileTests
{
    [Fact]
    public void A_profile_maps_only_the_sets_it_names()
    {
        var set = X12Sets.First(SampleFiles.Sample943);
        var calls = 0;
        var onlyOrders = new InboundX12Profile<InboundNoticeDocument>(X12OrderMapper.FunctionalGroups, s =>
        {
            calls++;
            return X12NoticeMapper.Map(s);
        });

        Assert.Null(onlyOrders.Map(set));
        Assert.Equal(0, calls);
        Assert.NotNull(X12NoticeMapper.Profile.Map(set)!.Document);
    }

    [Fact]
    public void The_routing_names_every_set_and_its_group()
    {
        Assert.Equal("943s in AR groups and 856s in SH groups", X12NoticeMapper.Profile.Routing);
        Assert.Equal("940s in OW groups", X12OrderMapper.Profile.Routing);
    }

    [Fact]
    public void A_profile_takes_at_least_one_set() =>
        Assert.Throws<ArgumentException>(() => new InboundX12Profile<InboundNoticeDocument>(new Dictionary<string, string>(), X12NoticeMapper.Map));
}

using System.Globalization;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Putaway;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Simulation;

/// <summary>
/// Development aid: plays a plausible floor for a notice through the same commands the real endpoints use — arrival,
/// scans of exactly what was announced, close, and putaway to the suggested locations.
/// </summary>
public sealed class FloorSimulator(NoticeRepository notices, Receiving receiving, PutawayService putaway)
{
    /// <summary>Runs the floor's part; steps already done are skipped, so it may be called again.</summary>
    public async Task<SimulationResult> SimulateAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken)
    {
        await receiving.RecordArrivalAsync(client, noticeId, cancellationToken);
        var notice = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var scans = 0;
        if (notice.Progress == NoticeProgress.Receiving)
        {
            foreach (var line in notice.Lines)
            {
                var scanId = "sim-L" + line.LineNumber.ToString(CultureInfo.InvariantCulture);
                var outcome = await receiving.RecordScanAsync(client, noticeId, new ScanInput(scanId, Sku: line.Sku, Lot: line.Lot, Expiry: line.Expiry, Quantity: line.Units), cancellationToken);
                scans += outcome.Duplicate ? 0 : 1;
            }

            await receiving.CloseAsync(client, noticeId, cancellationToken, alreadyClosedIsFine: true);
        }

        notice = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var confirmed = 0;
        if (notice.Progress == NoticeProgress.Putaway)
        {
            await putaway.PlanAsync(noticeId, cancellationToken);
            foreach (var task in await putaway.ListAsync(noticeId, openOnly: true, cancellationToken))
            {
                await putaway.ConfirmAsync(client, noticeId, task.TaskNumber, cancellationToken);
                confirmed++;
            }
        }

        notice = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        return new SimulationResult(noticeId, scans, confirmed, notice.Progress.ToString());
    }
}

namespace Logistics.Application.Returns;

/// <summary>Where a return stands; the orchestration's stage follows it.</summary>
public enum ReturnProgress
{
    /// <summary>Announced; the goods have not arrived (or the center has still to collect them).</summary>
    AwaitingArrival,

    /// <summary>At the returns area: the floor scans the goods until it closes the receipt.</summary>
    Receiving,

    /// <summary>Received: parts await the floor's inspection and disposition.</summary>
    Inspection,

    /// <summary>Every part is inspected; held parts await the owner's decision (or their deadline).</summary>
    AwaitingOwner,

    /// <summary>Everything is decided; goods for the supplier wait for the carrier.</summary>
    AwaitingHandover,

    /// <summary>Every part is disposed of; the advice is being written.</summary>
    Disposed,

    /// <summary>Finished; the advice is available.</summary>
    Completed,

    /// <summary>Cancelled by the owner before the goods arrived.</summary>
    Cancelled,
}

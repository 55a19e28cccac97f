namespace Logistics.Functions.Http;

/// <summary>Whether <see cref="HttpApi"/> writes an audit entry for a function's successful writes.</summary>
public enum AuditPolicy
{
    /// <summary>A manual action: every successful POST, PUT, PATCH or DELETE is recorded with who, key, when, before and after.</summary>
    Record,

    /// <summary>
    /// A partner's document (an inbound notice, an order, a return notice, a carrier's tracking event) sent system to
    /// system: its flow keeps it as received with its fingerprint, so it is not repeated in the log of people's actions.
    /// Sent with an ops or floor key it is a person's correction and is recorded.
    /// </summary>
    PartnerDocument,
}

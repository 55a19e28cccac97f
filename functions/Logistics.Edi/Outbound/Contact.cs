namespace Logistics.Edi.Outbound;

/// <summary>Whom the carrier or the warehouse calls about a party's delivery (940 PER or G61; JSON <c>contact</c>).</summary>
/// <param name="Name">PER02 / G6102.</param>
/// <param name="Phone">The number after the TE qualifier (PER03-08, G6103/04).</param>
/// <param name="Email">The address after the EM qualifier.</param>
public sealed record Contact(string? Name, string? Phone, string? Email);

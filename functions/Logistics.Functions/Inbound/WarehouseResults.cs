using Logistics.Application.Common;
using Logistics.Domain.Common;
using Logistics.Functions.Errors;

namespace Logistics.Functions.Inbound;

/// <summary>Maps the application layer's typed failures to problem details, so endpoint handlers stay one call long.</summary>
internal static class WarehouseResults
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (WarehouseValidationException ex)
        {
            return Problems.Validation([.. ex.Errors.Select(e => (e.Pointer, e.Message))]);
        }
        catch (ResourceNotFoundException ex)
        {
            return Problems.NotFound(ex.Message);
        }
        catch (StateConflictException ex)
        {
            return Problems.Conflict(ex.Message);
        }
        catch (DomainException ex)
        {
            return Problems.Conflict(ex.Message);
        }
    }
}

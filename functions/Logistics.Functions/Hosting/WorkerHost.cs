using Azure.Core.Serialization;
using Logistics.Application;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;

namespace Logistics.Functions.Hosting;

/// <summary>The isolated worker the Azure Functions host starts: ASP.NET Core integration and Durable Functions.</summary>
public static class WorkerHost
{
    /// <summary>The builder <c>Program.cs</c> runs under the Functions host (tests build it too, to resolve every function).</summary>
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddLogisticsFunctions(builder.Configuration, builder.Environment, AppRuntime.AzureFunctions);

        // Durable Functions serializes orchestration payloads with the worker's serializer: the same options as the
        // local runtime's data converter, so custom status reads the same in both runtimes.
        builder.Services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(WorkflowJson.Options));
        return builder;
    }
}

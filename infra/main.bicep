// The whole Azure deployment of Logistics.Functions (see README.md in this folder): a Flex Consumption function app
// (.NET 10 isolated worker) with a system-assigned identity, its storage account (host, Durable Functions' Azure
// Storage task hub, deployment packages, reports), Cosmos DB, Service Bus and Application Insights. Every connection
// uses the app's identity: no key, connection string with a key or other secret appears here or in the app settings.
// App settings are named exactly as in local.settings.sample.json (DeploymentSettingsTests checks both ways).

targetScope = 'resourceGroup'

@description('Azure region of every resource; one where Flex Consumption is offered (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Prefix of every resource name, lower-case letters and digits (the storage account name allows nothing else); a hash of the resource group follows it.')
@minLength(3)
@maxLength(9)
param namePrefix string = 'logistics'

@description('Cosmos DB capacity: Serverless (pay per request, the default) or Provisioned (autoscale throughput shared by the database).')
@allowed([
  'Serverless'
  'Provisioned'
])
param cosmosCapacityMode string = 'Serverless'

@description('Provisioned only: highest autoscale throughput of the database in RU/s.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Cosmos DB database (app setting Cosmos__DatabaseName).')
param cosmosDatabaseName string = 'logistics'

@description('Optional: object id of a person or group that also gets the Cosmos DB data role, for the issue-key command of README section 5; empty for none.')
param operatorPrincipalId string = ''

@description('Blob container for reports (app setting AzureBlobs__ContainerUrl).')
@minLength(3)
@maxLength(63)
param reportsContainerName string = 'reports'

@description('The warehouse\'s IANA time zone (app setting Warehouse__TimeZone).')
param warehouseTimeZone string = 'UTC'

@description('The warehouse\'s X12 interchange id, 1-15 characters (app setting Warehouse__X12InterchangeId).')
@minLength(1)
@maxLength(15)
param warehouseX12InterchangeId string = 'LOGISTICSWH'

@description('Flex Consumption: most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Flex Consumption: memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Service Bus tier (topics need at least Standard).')
@allowed([
  'Standard'
  'Premium'
])
param serviceBusSku string = 'Standard'

@description('How long Service Bus remembers a MessageId (the event id) for duplicate detection, ISO 8601.')
param duplicateDetectionWindow string = 'PT10M'

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var suffix = uniqueString(resourceGroup().id)
var baseName = '${namePrefix}-${suffix}'
var storageAccountName = 'st${namePrefix}${suffix}'
var insightsName = 'appi-${baseName}'
var deploymentContainerName = 'app-package'
var serviceBusNamespaceName = 'sb-${baseName}'

// Built-in Azure RBAC role definitions, by id.
var roles = {
  // The Functions host needs Blob Data Owner on its own storage (AzureWebJobsStorage with an identity); it also
  // covers the deployment package and the reports container. Queues and tables: Durable Functions' task hub
  // (Azure Storage backend) and the timer schedule monitor.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${baseName}'
    insightsName: insightsName
    retentionInDays: logRetentionInDays
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Entra ID only: the host, Durable Functions, the deployment and the reports all use the app's identity.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource reportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: reportsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${baseName}'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${baseName}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // FUNCTIONS_WORKER_RUNTIME of local.settings.sample.json: Flex Consumption takes it here and refuses it as an app setting.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // The host's storage and Durable Functions' task hub (host.json: connectionName AzureWebJobsStorage), identity-based.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: monitoring.outputs.connectionString
        }
        // Telemetry signed with the system-assigned identity (the component refuses the instrumentation key alone).
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        {
          name: 'Storage__Documents__Provider'
          value: 'Cosmos'
        }
        {
          name: 'Cosmos__AccountEndpoint'
          value: cosmos.outputs.endpoint
        }
        {
          name: 'Cosmos__DatabaseName'
          value: cosmosDatabaseName
        }
        // Events: the Cosmos DB outbox is relayed to the Service Bus topic, and billing, reporting and alerts drain their
        // subscriptions, signed in with the managed identity.
        {
          name: 'Storage__Events__Provider'
          value: 'ServiceBus'
        }
        {
          name: 'ServiceBus__FullyQualifiedNamespace'
          value: '${serviceBusNamespaceName}.servicebus.windows.net'
        }
        {
          name: 'Storage__Blobs__Provider'
          value: 'Azure'
        }
        {
          name: 'AzureBlobs__ContainerUrl'
          value: '${storage.properties.primaryEndpoints.blob}${reportsContainer.name}'
        }
        {
          name: 'AzureBlobs__UseManagedIdentity'
          value: 'true'
        }
        {
          name: 'Warehouse__TimeZone'
          value: warehouseTimeZone
        }
        {
          name: 'Warehouse__X12InterchangeId'
          value: warehouseX12InterchangeId
        }
      ]
    }
  }
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    scope: storage
    name: guid(storage.id, functionApp.id, role.value)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Created by the monitoring module, which the function app (and so this assignment) already waits for.
resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource telemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, functionApp.id, monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    baseName: baseName
    databaseName: cosmosDatabaseName
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
  }
}

// Apart from the account: the app's settings need the account's endpoint, and this needs the app's identity.
module cosmosAccess 'modules/cosmos-access.bicep' = {
  name: 'cosmosAccess'
  params: {
    accountName: cosmos.outputs.accountName
    appPrincipalId: functionApp.identity.principalId
    operatorPrincipalId: operatorPrincipalId
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'serviceBus'
  params: {
    location: location
    namespaceName: serviceBusNamespaceName
    sku: serviceBusSku
    duplicateDetectionWindow: duplicateDetectionWindow
    appPrincipalId: functionApp.identity.principalId
  }
}

@description('Name of the function app (for the zip deployment).')
output functionAppName string = functionApp.name

@description('Host name of the function app.')
output functionAppHostName string = functionApp.properties.defaultHostName

@description('Cosmos DB account endpoint.')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('Service Bus namespace, for the events work to come.')
output serviceBusNamespace string = serviceBus.outputs.fullyQualifiedNamespace

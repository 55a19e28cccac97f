// Cosmos DB for NoSQL: the account, the app's database and every container the app declares (infra/app-definitions.json,
// kept equal to the code by AppDefinitionsTests). The data-plane roles are in cosmos-access.bicep.
// Keys are off (disableLocalAuth): the app signs in with its managed identity. Entra ID data-plane roles cannot create
// databases or containers, so this template must create all of them; the app's EnsureContainerAsync then only reads them.

@description('Azure region.')
param location string

@description('Name stem of the resources.')
param baseName string

@description('Database name (app setting Cosmos__DatabaseName).')
param databaseName string

@description('Serverless (pay per request) or Provisioned (autoscale throughput shared by the database).')
@allowed([
  'Serverless'
  'Provisioned'
])
param capacityMode string

@description('Provisioned only: highest autoscale throughput of the database in RU/s (at least 1000).')
@minValue(1000)
param autoscaleMaxThroughput int

var definitions = loadJsonContent('../app-definitions.json')

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: 'cosmos-${baseName}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: capacityMode == 'Serverless' ? [ { name: 'EnableServerless' } ] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: capacityMode == 'Provisioned' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in definitions.cosmosContainers: {
    parent: database
    name: container.name
    properties: {
      resource: union(
        {
          id: container.name
          partitionKey: {
            paths: [
              container.partitionKeyPath
            ]
            kind: 'Hash'
          }
          indexingPolicy: {
            indexingMode: 'consistent'
            automatic: true
            includedPaths: [
              {
                path: '/*'
              }
            ]
            excludedPaths: [
              {
                path: '/"_etag"/?'
              }
            ]
            // One composite index per sort order the container's queries use, each ending in /id ascending.
            compositeIndexes: container.compositeIndexes
          }
        },
        // TTL on only where the app declares it (-1: on, documents without their own ttl never expire); null: off.
        container.defaultTtl == null ? {} : { defaultTtl: container.defaultTtl }
      )
    }
  }
]

@description('Account endpoint (app setting Cosmos__AccountEndpoint).')
output endpoint string = account.properties.documentEndpoint

@description('Account name.')
output accountName string = account.name

// Log Analytics workspace and the workspace-based Application Insights component the Functions host reports to.

@description('Azure region.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param insightsName string

@description('Days the workspace keeps logs.')
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted only with an Entra ID token (the app's identity has Monitoring Metrics Publisher), so the
    // instrumentation key inside the connection string below is an address, not a credential.
    DisableLocalAuth: true
  }
}

@description('Connection string of the component: where telemetry goes. It carries no secret while DisableLocalAuth is true.')
output connectionString string = insights.properties.ConnectionString

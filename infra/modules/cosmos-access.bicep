// Cosmos DB data-plane access: the Cosmos DB Built-in Data Contributor role (a SQL role definition every account has,
// not an Azure RBAC role) for the function app's identity, and optionally for an operator.

@description('Name of the Cosmos DB account.')
param accountName string

@description('Principal id of the function app\'s system-assigned identity.')
param appPrincipalId string

@description('Optional: object id of a person or group that also gets the data role (for the issue-key command); empty for none.')
param operatorPrincipalId string

var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {
  name: accountName
}

resource appDataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, appPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: appPrincipalId
    scope: account.id
  }
}

resource operatorDataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = if (!empty(operatorPrincipalId)) {
  parent: account
  name: guid(account.id, operatorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: operatorPrincipalId
    scope: account.id
  }
}

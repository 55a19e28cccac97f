// Service Bus: the namespace and every topic the app declares (infra/app-definitions.json: warehouse-events with its
// billing, reporting and alerts subscriptions), with duplicate detection on, since the event id is the MessageId.

@description('Azure region.')
param location string

@description('Namespace name (main.bicep names it, as the app setting ServiceBus__FullyQualifiedNamespace needs it before this module runs).')
param namespaceName string

@description('Standard or Premium (topics need at least Standard).')
@allowed([
  'Standard'
  'Premium'
])
param sku string

@description('How long a MessageId is remembered for duplicate detection (ISO 8601 duration, 20 seconds to 7 days).')
param duplicateDetectionWindow string

@description('Principal id of the function app\'s system-assigned identity.')
param appPrincipalId string

var definitions = loadJsonContent('../app-definitions.json')

var roles = {
  dataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39' // Azure Service Bus Data Sender
  dataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0' // Azure Service Bus Data Receiver
}

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: namespaceName
  location: location
  sku: {
    name: sku
    tier: sku
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource topics 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = [
  for topic in definitions.topics: {
    parent: namespace
    name: topic.name
    properties: {
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    }
  }
]

var subscriptions = flatten(map(range(0, length(definitions.topics)), i => map(definitions.topics[i].subscriptions, s => {
  topicIndex: i
  name: s
  maxDeliveryCount: definitions.topics[i].maxDeliveryCount
})))

resource topicSubscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = [
  for subscription in subscriptions: {
    parent: topics[subscription.topicIndex]
    name: subscription.name
    properties: {
      maxDeliveryCount: subscription.maxDeliveryCount
      lockDuration: 'PT1M'
      deadLetteringOnMessageExpiration: true
    }
  }
]

// Each subscription's only rule, replacing the accept-all $Default rule: everything gets in except a re-driven copy of a
// dead letter addressed to another subscription. The app's Service Bus adapter re-drives a subscription's dead letters
// by sending copies to the topic with the application property redriveTo set to that subscription
// (ServiceBusMessageQueue.RedriveToProperty; the test broker tests/emulators/servicebus-broker.js applies the same rule).
resource redriveRules 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = [
  for (subscription, i) in subscriptions: {
    parent: topicSubscriptions[i]
    name: '$Default'
    properties: {
      filterType: 'SqlFilter'
      sqlFilter: {
        sqlExpression: 'redriveTo IS NULL OR redriveTo = \'${subscription.name}\''
      }
    }
  }
]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    scope: namespace
    name: guid(namespace.id, appPrincipalId, role.value)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

@description('Fully qualified namespace name, for the Service Bus adapter\'s settings.')
output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'

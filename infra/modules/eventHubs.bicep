// The region's Event Hubs namespace, reached through its Kafka endpoint. The region produces its
// replication events to one event hub (topic); the peer region reads it with its own consumer group.

import { replicaConsumerGroup, replicaListenRule } from '../naming.bicep'

param name string
param location string
param tags object
param principalId string
param workspaceId string

@description('The event hub (Kafka topic) this region produces to.')
param topicName string

@description('The region that consumes this region\'s topic.')
param peerRegionName string

@description('Throughput units; auto-inflate may raise them up to maximumThroughputUnits.')
@minValue(1)
param throughputUnits int = 1

@maxValue(40)
param maximumThroughputUnits int = 4

@description('Partitions bound the peer\'s parallel consumers; a conversation always stays in one partition.')
@minValue(1)
@maxValue(32)
param partitionCount int = 8

var eventHubsDataSender = '2b629674-e913-4c01-ae53-ef4638d8f975'

// Standard is the lowest tier with the Kafka endpoint.
resource namespace 'Microsoft.EventHub/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
    capacity: throughputUnits
  }
  properties: {
    minimumTlsVersion: '1.2'
    isAutoInflateEnabled: true
    maximumThroughputUnits: maximumThroughputUnits
    publicNetworkAccess: 'Enabled'
    // Local (SAS) auth stays on only because the peer's Kafka trigger signs in with SASL PLAIN
    // and a listen-only connection string; this region's own producer uses its Entra identity.
    disableLocalAuth: false
  }
}

resource topic 'Microsoft.EventHub/namespaces/eventhubs@2026-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    partitionCount: partitionCount
    // Seven days, the Standard maximum: how long the peer may be away and still catch up from the log.
    retentionDescription: {
      cleanupPolicy: 'Delete'
      retentionTimeInHours: 168
    }
  }
}

// Kafka clients create their group on first join; the declared group gives the same name to
// AMQP-side tools (lag metrics, ad-hoc reads) and documents who reads this hub.
resource peerConsumerGroup 'Microsoft.EventHub/namespaces/eventhubs/consumergroups@2026-01-01' = {
  parent: topic
  name: replicaConsumerGroup(peerRegionName)
  properties: {
    userMetadata: 'Replication consumer of region ${peerRegionName}'
  }
}

// Scoped to this one event hub and to Listen: the peer can read this topic and nothing else.
resource peerListenRule 'Microsoft.EventHub/namespaces/eventhubs/authorizationRules@2026-01-01' = {
  parent: topic
  name: replicaListenRule(peerRegionName)
  properties: {
    rights: [
      'Listen'
    ]
  }
}

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(namespace.id, principalId, eventHubsDataSender)
  scope: namespace
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', eventHubsDataSender)
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: namespace
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output namespaceName string = namespace.name
output topicName string = topic.name

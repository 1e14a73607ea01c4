// One ServerlessIm region: its function app and the Cosmos DB account, Event Hubs namespace (Kafka),
// SignalR Service, Application Insights and Key Vault it owns. Deploy it once per region, each into
// its own resource group, then run peering.bicep in each region once both exist.

import {
  eventHubsNamespaceName
  functionAppHostName
  functionAppName
  kafkaBootstrapServers
  keyVaultReference
  peerKafkaPasswordSecretName
  regionNames
  replicaConsumerGroup
  replicationTopic
} from 'naming.bicep'

@description('Prefix of every resource name; the same in both regions. Names built from it must be globally unique.')
@minLength(3)
@maxLength(16)
param namePrefix string

@description('This region\'s name as the application knows it, e.g. southeastasia.')
@minLength(2)
@maxLength(20)
param regionName string

@description('Azure location of this region\'s resources.')
param location string = resourceGroup().location

@description('The other region, whose replication topic this region consumes.')
@minLength(2)
@maxLength(20)
param peerRegionName string

@description('The peer region\'s Event Hubs namespace (Kafka bootstrap host without the domain).')
param peerEventHubsNamespaceName string = eventHubsNamespaceName(namePrefix, peerRegionName)

@description('Host name of the peer region\'s function app, whose sync API repairs replication gaps.')
param peerFunctionAppHostName string = functionAppHostName(functionAppName(namePrefix, peerRegionName))

@description('Entra authority that issues user tokens; by default the deployment\'s own tenant.')
param authAuthority string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'

@description('Audience (application id URI or client id) that user tokens must carry.')
param authAudience string

@description('Extra tags for every resource.')
param tags object = {}

@description('Event Hubs throughput units at rest; auto-inflate raises them under load.')
@minValue(1)
param eventHubsThroughputUnits int = 1

@description('Partitions of the region\'s event hub: how many consumers of the peer can read it in parallel.')
@minValue(1)
@maxValue(32)
param eventHubPartitionCount int = 8

@description('SignalR units; each carries 1,000 concurrent client connections.')
@minValue(1)
param signalRUnits int = 1

@description('Upper bound of the function app\'s instances, which also caps its cost under load.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

var names = regionNames(namePrefix, regionName, resourceGroup().id)
var resourceTags = union(tags, {
  product: 'serverlessim'
  region: regionName
})
var topicName = replicationTopic(regionName)
var signalRHubName = 'chat'

// Six-field CRON schedules of the replication timers, which read them from app settings.
var replicationSchedules = {
  sweep: '*/15 * * * * *'
  repair: '7/15 * * * * *'
  heartbeat: '*/10 * * * * *'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: resourceTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/runtimeStorage.bicep' = {
  name: 'runtime-storage'
  params: {
    name: names.storageAccount
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: names.cosmosAccount
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module eventHubs 'modules/eventHubs.bicep' = {
  name: 'event-hubs'
  params: {
    name: names.eventHubsNamespace
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    topicName: topicName
    peerRegionName: peerRegionName
    throughputUnits: eventHubsThroughputUnits
    partitionCount: eventHubPartitionCount
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'key-vault'
  params: {
    name: names.keyVault
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module signalR 'modules/signalR.bicep' = {
  name: 'signalr'
  params: {
    name: names.signalR
    location: location
    tags: resourceTags
    principalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    functionAppHostName: functionAppHostName(names.functionApp)
    hubName: signalRHubName
    units: signalRUnits
    keyVaultName: keyVault.outputs.name
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'function-app'
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: resourceTags
    workspaceId: monitoring.outputs.workspaceId
    identityId: identity.outputs.id
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    // No keys or secret-bearing connection strings: identities everywhere, Key Vault references otherwise.
    appSettings: {
      AzureWebJobsStorage__accountName: storage.outputs.name
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.outputs.clientId
      AZURE_CLIENT_ID: identity.outputs.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
      ServerlessIm__Region: regionName
      ServerlessIm__PeerRegion: peerRegionName
      ServerlessIm__PeerBaseUrl: 'https://${peerFunctionAppHostName}'
      Cosmos__AccountEndpoint: cosmos.outputs.documentEndpoint
      Cosmos__Database: cosmos.outputs.databaseName
      Kafka__BootstrapServers: kafkaBootstrapServers(eventHubs.outputs.namespaceName)
      Kafka__Topic: eventHubs.outputs.topicName
      Kafka__Authentication: 'ManagedIdentity'
      PeerKafka__Brokers: kafkaBootstrapServers(peerEventHubsNamespaceName)
      PeerKafka__Topic: replicationTopic(peerRegionName)
      PeerKafka__ConsumerGroup: replicaConsumerGroup(regionName)
      PeerKafka__Protocol: 'SaslSsl'
      PeerKafka__AuthenticationMode: 'Plain'
      PeerKafka__Username: '$ConnectionString'
      PeerKafka__Password: keyVaultReference(keyVault.outputs.name, peerKafkaPasswordSecretName)
      SignalR__Endpoint: signalR.outputs.endpoint
      SignalR__Hub: signalR.outputs.hubName
      SignalR__AccessKey: keyVaultReference(keyVault.outputs.name, signalR.outputs.accessKeySecretName)
      // With an access key present, the app would sign REST calls with it unless told to use Entra.
      SignalR__UseManagedIdentity: 'true'
      Replication__SweepSchedule: replicationSchedules.sweep
      Replication__RepairSchedule: replicationSchedules.repair
      Replication__HeartbeatSchedule: replicationSchedules.heartbeat
      Auth__Authority: authAuthority
      Auth__Audience: authAudience
    }
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output eventHubsNamespaceName string = eventHubs.outputs.namespaceName
output principalId string = identity.outputs.principalId
output keyVaultName string = keyVault.outputs.name

// Run in each region after both regions are deployed: copies the listen-only connection string of
// the peer's replication event hub into this region's Key Vault, where the function app's
// PeerKafka__Password setting resolves it. The deployer needs listKeys on the peer's namespace.

import {
  eventHubsNamespaceName
  peerKafkaPasswordSecretName
  regionNames
  replicaListenRule
  replicationTopic
} from 'naming.bicep'

@minLength(3)
@maxLength(16)
param namePrefix string

@description('This region; its Key Vault receives the secret.')
param regionName string

@description('The region whose replication topic this region consumes.')
param peerRegionName string

param peerResourceGroupName string

param peerSubscriptionId string = subscription().subscriptionId

param peerEventHubsNamespaceName string = eventHubsNamespaceName(namePrefix, peerRegionName)

var names = regionNames(namePrefix, regionName, resourceGroup().id)

resource peerNamespace 'Microsoft.EventHub/namespaces@2026-01-01' existing = {
  name: peerEventHubsNamespaceName
  scope: resourceGroup(peerSubscriptionId, peerResourceGroupName)
}

resource peerTopic 'Microsoft.EventHub/namespaces/eventhubs@2026-01-01' existing = {
  parent: peerNamespace
  name: replicationTopic(peerRegionName)
}

// Created by the peer's main.bicep for this region: Listen on that one event hub only.
resource peerListenRule 'Microsoft.EventHub/namespaces/eventhubs/authorizationRules@2026-01-01' existing = {
  parent: peerTopic
  name: replicaListenRule(regionName)
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: names.keyVault
}

resource peerKafkaPassword 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: peerKafkaPasswordSecretName
  properties: {
    value: peerListenRule.listKeys().primaryConnectionString
    contentType: 'Event Hubs connection string (Listen) of ${peerTopic.name}'
  }
}

output secretName string = peerKafkaPassword.name

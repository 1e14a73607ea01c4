// The region's Azure SignalR Service in serverless mode: clients connect to it, the function app
// pushes through its REST API with Entra, and client-sent messages come back as upstream calls.

import { signalRAccessKeySecretName } from '../naming.bicep'

param name string
param location string
param tags object
param principalId string
param workspaceId string

@description('Host name of this region\'s function app, which receives the upstream calls.')
param functionAppHostName string

param hubName string = 'chat'

@minValue(1)
param units int = 1

@description('Key Vault that receives the access key for verifying upstream signatures.')
param keyVaultName string

var signalRRestApiOwner = 'fd53cd77-2268-407a-8f46-7e7863d0f521'

resource signalR 'Microsoft.SignalRService/signalR@2024-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'SignalR'
  sku: {
    name: 'Standard_S1'
    tier: 'Standard'
    capacity: units
  }
  properties: {
    features: [
      {
        flag: 'ServiceMode'
        value: 'Serverless'
      }
      {
        flag: 'EnableConnectivityLogs'
        value: 'True'
      }
    ]
    upstream: {
      templates: [
        {
          hubPattern: hubName
          categoryPattern: '*'
          eventPattern: '*'
          urlTemplate: 'https://${functionAppHostName}/api/signalr/upstream/{hub}/{category}/{event}'
        }
      ]
    }
    tls: {
      clientCertEnabled: false
    }
    publicNetworkAccess: 'Enabled'
    // Access keys stay enabled: the service signs each upstream call with them (X-ASRS-Signature),
    // and the function app checks that signature. REST calls and client tokens go through Entra.
    disableLocalAuth: false
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

// Rotating the key in SignalR needs a redeployment (or a manual secret update) to follow.
resource accessKey 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: signalRAccessKeySecretName
  properties: {
    value: signalR.listKeys().primaryKey
    contentType: 'Azure SignalR primary access key'
  }
}

resource restApiOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(signalR.id, principalId, signalRRestApiOwner)
  scope: signalR
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', signalRRestApiOwner)
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: signalR
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

output endpoint string = 'https://${signalR.properties.hostName}'
output hubName string = hubName
output accessKeySecretName string = accessKey.name

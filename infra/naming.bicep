// Resource names shared by main.bicep and peering.bicep. A region derives its peer's names from the
// same prefix, so the two regions can be deployed independently and still find each other.

@export()
@description('Names of one region\'s resources.')
type RegionNames = {
  functionApp: string
  plan: string
  identity: string
  cosmosAccount: string
  eventHubsNamespace: string
  signalR: string
  logAnalytics: string
  appInsights: string
  keyVault: string
  storageAccount: string
}

@export()
@description('The event hub (Kafka topic) a region produces its replication events to.')
func replicationTopic(regionName string) string => 'serverlessim-${regionName}'

@export()
@description('The consumer group a reading region uses on the producing region\'s event hub.')
func replicaConsumerGroup(readerRegionName string) string => 'replica-${readerRegionName}'

@export()
@description('The listen-only rule on the producing region\'s event hub that the reading region authenticates with.')
func replicaListenRule(readerRegionName string) string => 'replica-${readerRegionName}-listen'

@export()
@description('Name of a region\'s function app, which other regions need for its host name.')
func functionAppName(namePrefix string, regionName string) string => '${namePrefix}-${regionName}-func'

@export()
@description('Name of a region\'s Event Hubs namespace, which the peer region reads from.')
func eventHubsNamespaceName(namePrefix string, regionName string) string => '${namePrefix}-${regionName}-ehns'

@export()
@description('Globally unique names: the prefix and region, plus a hash of the resource group for the short ones.')
func regionNames(namePrefix string, regionName string, resourceGroupId string) RegionNames => {
  functionApp: functionAppName(namePrefix, regionName)
  plan: '${namePrefix}-${regionName}-plan'
  identity: '${namePrefix}-${regionName}-id'
  cosmosAccount: toLower('${namePrefix}-${regionName}-cosmos')
  eventHubsNamespace: eventHubsNamespaceName(namePrefix, regionName)
  signalR: '${namePrefix}-${regionName}-signalr'
  logAnalytics: '${namePrefix}-${regionName}-log'
  appInsights: '${namePrefix}-${regionName}-appi'
  keyVault: 'kv${uniqueString(resourceGroupId, namePrefix, regionName)}'
  storageAccount: 'st${uniqueString(resourceGroupId, namePrefix, regionName)}'
}

@export()
@description('Host name App Service gives a function app (the default, not the opt-in unique host name).')
func functionAppHostName(functionAppName string) string => '${functionAppName}.azurewebsites.net'

@export()
@description('The Kafka endpoint of an Event Hubs namespace.')
func kafkaBootstrapServers(namespaceName string) string => '${namespaceName}.servicebus.windows.net:9093'

@export()
@description('Key Vault secret holding the listen-only connection string of the peer\'s event hub.')
var peerKafkaPasswordSecretName = 'peer-kafka-password'

@export()
@description('Key Vault secret holding the SignalR access key that signs upstream calls.')
var signalRAccessKeySecretName = 'signalr-access-key'

@export()
@description('App setting value that App Service resolves from Key Vault, always the latest secret version.')
// The vault-name form needs no cloud-specific DNS suffix, so the compiled value is a plain literal.
func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

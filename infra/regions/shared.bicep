// Values both regions must agree on. Set them for your deployment before the first run.

@export()
@description('Prefix of every resource name. Function app, Cosmos DB, Event Hubs and SignalR names are global.')
var namePrefix = 'serverlessim'

@export()
@description('Audience the users\' tokens are issued for.')
var authAudience = 'api://serverlessim'

@export()
@description('Resource group that holds one region.')
func resourceGroupName(regionName string) string => 'rg-serverlessim-${regionName}'

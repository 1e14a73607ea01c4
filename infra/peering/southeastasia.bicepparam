using '../peering.bicep'

import * as shared from '../regions/shared.bicep'

param namePrefix = shared.namePrefix
param regionName = 'southeastasia'
param peerRegionName = 'eastus'
param peerResourceGroupName = shared.resourceGroupName('eastus')

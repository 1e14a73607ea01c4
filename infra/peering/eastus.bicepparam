using '../peering.bicep'

import * as shared from '../regions/shared.bicep'

param namePrefix = shared.namePrefix
param regionName = 'eastus'
param peerRegionName = 'southeastasia'
param peerResourceGroupName = shared.resourceGroupName('southeastasia')

using '../main.bicep'

import * as shared from 'shared.bicep'

param namePrefix = shared.namePrefix
param regionName = 'eastus'
param location = 'eastus'
param peerRegionName = 'southeastasia'
param authAudience = shared.authAudience

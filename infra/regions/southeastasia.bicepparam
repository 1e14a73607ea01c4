using '../main.bicep'

import * as shared from 'shared.bicep'

param namePrefix = shared.namePrefix
param regionName = 'southeastasia'
param location = 'southeastasia'
param peerRegionName = 'eastus'
param authAudience = shared.authAudience

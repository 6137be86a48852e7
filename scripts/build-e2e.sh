#!/bin/sh
# `npm run test:e2e`'s builds: the app and its offline single file side by side (rollup works mostly
# on one core: the two took 47 s one after the other and 33 s together on two cores), then the
# bundle-size report and the offline file's check, as `npm run build` and `npm run build:offline` do.
set -e
vite build & online=$!
vite build --mode offline
wait $online
node scripts/report-bundle-size.mjs
node scripts/check-offline.mjs

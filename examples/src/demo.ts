// Placeholder until the client and mock server land: see issue 4.
console.log('demo: not yet implemented');

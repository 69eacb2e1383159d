// The team page: to be built.

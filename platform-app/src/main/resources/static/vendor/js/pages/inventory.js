// The inventory page: to be built.

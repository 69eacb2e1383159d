// The settings page: to be built.

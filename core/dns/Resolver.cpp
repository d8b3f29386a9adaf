#include "Resolver.h"

Resolver::Resolver(QObject *parent) : QObject(parent) { }

Resolver::~Resolver() = default;

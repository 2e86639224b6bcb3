# European Portuguese: only what differs from Brazil's (pt-BR/pages.ftl).
event-program = Programa: { $event }

# European Portuguese: only what differs from Brazil's (pt-BR/bar.ftl).
preview-own-talk = Pré-visualize a sua palestra
file-or-program = URL do ficheiro de palestra ou do programa

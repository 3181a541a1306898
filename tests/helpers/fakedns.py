"""A resolver that answers from a table instead of DNS, so address rules are tested with any
address imaginable while traffic only ever goes to 127.0.0.1 (or nowhere)."""

import socket

from aiohttp.abc import AbstractResolver


class FakeResolver(AbstractResolver):
    def __init__(self, table: dict[str, list[str]]):
        self.table = table
        self.asked: list[str] = []

    async def resolve(self, host, port=0, family=socket.AF_INET):
        self.asked.append(host)
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [{"hostname": host, "host": ip, "port": port, "family": socket.AF_INET6 if ":" in ip else socket.AF_INET,
                 "proto": 0, "flags": socket.AI_NUMERICHOST} for ip in self.table[host]]

    async def close(self):
        pass

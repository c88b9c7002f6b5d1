"""search: each word's prefixes of one to four letters kept as marked tokens, so that a
short typed word's workers are read in list order straight from the index, and an
employer's workers in list order from an index of their own

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-05 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

# as domain.search_text writes them; a migration keeps its own copy of the rule
MARK = "!"
LENGTHS = (1, 2, 3, 4)


def upgrade() -> None:
    bind = op.get_bind()
    lengths = " UNION ALL ".join(f"SELECT {n} AS n" for n in LENGTHS)
    # a worker's words that share a prefix give it once: the later ones meet the key
    bind.execute(
        sa.text(
            "INSERT INTO worker_search_token (token, sort_key, worker_id) "
            "SELECT :mark || substr(t.token, 1, k.n), t.sort_key, t.worker_id "
            f"FROM worker_search_token t JOIN ({lengths}) k ON length(t.token) >= k.n "
            "WHERE t.token > :past_marks ON CONFLICT DO NOTHING"
        ),
        {"mark": MARK, "past_marks": chr(ord(MARK) + 1)},
    )
    # the employer's words' prefixes are made here too, for every worker: search finds the
    # same workers with them or without (new workers are written without, as the
    # registry writes them)
    op.create_index("ix_worker_employer_order", "worker", ["organization_id", "sort_key"])
    bind.execute(sa.text("ANALYZE worker_search_token"))
    bind.execute(sa.text("ANALYZE worker"))


def downgrade() -> None:
    op.drop_index("ix_worker_employer_order", table_name="worker")
    op.get_bind().execute(
        sa.text("DELETE FROM worker_search_token WHERE token >= :mark AND token < :past"),
        {"mark": MARK, "past": chr(ord(MARK) + 1)},
    )

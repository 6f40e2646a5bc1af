"""What a real worker process under test loads: its settings, a test kind, a mailbox."""
